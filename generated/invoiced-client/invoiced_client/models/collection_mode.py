from typing import Literal

CollectionMode = Literal["auto", "manual"]

COLLECTION_MODE_VALUES: set[CollectionMode] = {
    "auto",
    "manual",
}


def check_collection_mode(value: str) -> CollectionMode:
    if value in COLLECTION_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COLLECTION_MODE_VALUES!r}")
