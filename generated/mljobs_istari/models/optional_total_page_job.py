from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OptionalTotalPageJob")


@_attrs_define
class OptionalTotalPageJob:
    """The answer of `GET /api/v2/jobs`: a `PageJob` whose `total` and `pages` are null unless counted
    (`include_total=true`).

        Attributes:
            items (list[Job]):
            total (int | None):
            page (int):
            size (int):
            pages (int | None):
    """

    items: list[Job]
    total: int | None
    page: int
    size: int
    pages: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total: int | None
        total = self.total

        page = self.page

        size = self.size

        pages: int | None
        pages = self.pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "total": total,
                "page": page,
                "size": size,
                "pages": pages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = Job.from_dict(items_item_data)

            items.append(items_item)

        def _parse_total(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total = _parse_total(d.pop("total"))

        page = d.pop("page")

        size = d.pop("size")

        def _parse_pages(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        pages = _parse_pages(d.pop("pages"))

        optional_total_page_job = cls(
            items=items,
            total=total,
            page=page,
            size=size,
            pages=pages,
        )

        optional_total_page_job.additional_properties = d
        return optional_total_page_job

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# At the end, not inside the methods: imported once, and a model that imports this one back still works.
from ..models.job import Job  # noqa: E402
