from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..models.error_type import ERROR_TYPE_VALUES, ErrorType, check_error_type


@_attrs_define
class ErrorObject:
    """Describes why a request failed.

    Attributes:
        type (ErrorType): `invalid_request` when the request was at fault, `api` when the server was.
        message (str): What went wrong, in plain English.
        param (None | str): The request parameter at fault, in bracket notation, or `null`.
    """

    type: ErrorType
    message: str
    param: None | str

    def to_dict(self) -> dict[str, Any]:
        type: str = self.type

        message = self.message

        param: None | str
        param = self.param

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type,
                "message": message,
                "param": param,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        type = src_dict["type"]
        if type not in ERROR_TYPE_VALUES:
            type = check_error_type(type)

        message = src_dict["message"]

        param = src_dict["param"]

        error_object = cls(
            type,
            message,
            param,
        )

        return error_object
