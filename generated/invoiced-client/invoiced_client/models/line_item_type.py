from enum import StrEnum


class LineItemType(StrEnum):
    DAYS = "days"
    EXPENSE = "expense"
    HOURS = "hours"
    MONTH = "month"
    PLAN = "plan"
    PRODUCT = "product"
    SERVICE = "service"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
