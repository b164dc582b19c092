from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.error_type import ErrorType

T = TypeVar("T", bound="ErrorObject")


@_attrs_define
class ErrorObject:
    """Describes why a request failed.

    Attributes:
        type_ (ErrorType): `invalid_request` when the request was at fault, `api` when the server was.
        message (str): What went wrong, in plain English.
        param (None | str): The request parameter at fault, in bracket notation, or `null`.
    """

    type_: ErrorType
    message: str
    param: None | str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        message = self.message

        param: None | str
        param = self.param

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "message": message,
                "param": param,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = ErrorType(d.pop("type"))

        message = d.pop("message")

        def _parse_param(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        param = _parse_param(d.pop("param"))

        error_object = cls(
            type_=type_,
            message=message,
            param=param,
        )

        return error_object
