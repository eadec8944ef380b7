from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileRevision")


@_attrs_define
class FileRevision:
    """A version of a file.

    Attributes:
        id (str):
        created (datetime.datetime):
        file_id (None | str):
        content_token (Token): Where a file revision's content or properties are stored, by hash.
        properties_token (Token): Where a file revision's content or properties are stored, by hash.
        archive_status_history (list[FileRevisionArchiveStatus]):
        name (None | str | Unset):
        extension (None | str | Unset):
        size (int | None | Unset):
        description (None | str | Unset):
        mime (None | str | Unset):
        version_name (None | str | Unset):
        external_identifier (None | str | Unset):
        display_name (None | str | Unset):
        schema_version (None | str | Unset):
        sources (list[Source] | Unset):
        products (list[Product] | Unset):
        created_by_id (None | str | Unset):
        uploaded (datetime.datetime | None | Unset):
    """

    id: str
    created: datetime.datetime
    file_id: None | str
    content_token: Token
    properties_token: Token
    archive_status_history: list[FileRevisionArchiveStatus]
    name: None | str | Unset = UNSET
    extension: None | str | Unset = UNSET
    size: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    mime: None | str | Unset = UNSET
    version_name: None | str | Unset = UNSET
    external_identifier: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    schema_version: None | str | Unset = UNSET
    sources: list[Source] | Unset = UNSET
    products: list[Product] | Unset = UNSET
    created_by_id: None | str | Unset = UNSET
    uploaded: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        file_id: None | str
        file_id = self.file_id

        content_token = self.content_token.to_dict()

        properties_token = self.properties_token.to_dict()

        archive_status_history = []
        for archive_status_history_item_data in self.archive_status_history:
            archive_status_history_item = archive_status_history_item_data.to_dict()
            archive_status_history.append(archive_status_history_item)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        extension: None | str | Unset
        if isinstance(self.extension, Unset):
            extension = UNSET
        else:
            extension = self.extension

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        mime: None | str | Unset
        if isinstance(self.mime, Unset):
            mime = UNSET
        else:
            mime = self.mime

        version_name: None | str | Unset
        if isinstance(self.version_name, Unset):
            version_name = UNSET
        else:
            version_name = self.version_name

        external_identifier: None | str | Unset
        if isinstance(self.external_identifier, Unset):
            external_identifier = UNSET
        else:
            external_identifier = self.external_identifier

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        schema_version: None | str | Unset
        if isinstance(self.schema_version, Unset):
            schema_version = UNSET
        else:
            schema_version = self.schema_version

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        uploaded: None | str | Unset
        if isinstance(self.uploaded, Unset):
            uploaded = UNSET
        elif isinstance(self.uploaded, datetime.datetime):
            uploaded = self.uploaded.isoformat()
        else:
            uploaded = self.uploaded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "file_id": file_id,
                "content_token": content_token,
                "properties_token": properties_token,
                "archive_status_history": archive_status_history,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if extension is not UNSET:
            field_dict["extension"] = extension
        if size is not UNSET:
            field_dict["size"] = size
        if description is not UNSET:
            field_dict["description"] = description
        if mime is not UNSET:
            field_dict["mime"] = mime
        if version_name is not UNSET:
            field_dict["version_name"] = version_name
        if external_identifier is not UNSET:
            field_dict["external_identifier"] = external_identifier
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if schema_version is not UNSET:
            field_dict["schema_version"] = schema_version
        if sources is not UNSET:
            field_dict["sources"] = sources
        if products is not UNSET:
            field_dict["products"] = products
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id
        if uploaded is not UNSET:
            field_dict["uploaded"] = uploaded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        def _parse_file_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        file_id = _parse_file_id(d.pop("file_id"))

        content_token = Token.from_dict(d.pop("content_token"))

        properties_token = Token.from_dict(d.pop("properties_token"))

        archive_status_history = []
        _archive_status_history = d.pop("archive_status_history")
        for archive_status_history_item_data in _archive_status_history:
            archive_status_history_item = FileRevisionArchiveStatus.from_dict(archive_status_history_item_data)

            archive_status_history.append(archive_status_history_item)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_extension(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        extension = _parse_extension(d.pop("extension", UNSET))

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_mime(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mime = _parse_mime(d.pop("mime", UNSET))

        def _parse_version_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_name = _parse_version_name(d.pop("version_name", UNSET))

        def _parse_external_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_identifier = _parse_external_identifier(d.pop("external_identifier", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_schema_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schema_version = _parse_schema_version(d.pop("schema_version", UNSET))

        _sources = d.pop("sources", UNSET)
        sources: list[Source] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = Source.from_dict(sources_item_data)

                sources.append(sources_item)

        _products = d.pop("products", UNSET)
        products: list[Product] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = Product.from_dict(products_item_data)

                products.append(products_item)

        def _parse_created_by_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_id = _parse_created_by_id(d.pop("created_by_id", UNSET))

        def _parse_uploaded(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                uploaded_type_0 = datetime.datetime.fromisoformat(data)

                return uploaded_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        uploaded = _parse_uploaded(d.pop("uploaded", UNSET))

        file_revision = cls(
            id=id,
            created=created,
            file_id=file_id,
            content_token=content_token,
            properties_token=properties_token,
            archive_status_history=archive_status_history,
            name=name,
            extension=extension,
            size=size,
            description=description,
            mime=mime,
            version_name=version_name,
            external_identifier=external_identifier,
            display_name=display_name,
            schema_version=schema_version,
            sources=sources,
            products=products,
            created_by_id=created_by_id,
            uploaded=uploaded,
        )

        file_revision.additional_properties = d
        return file_revision

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
from ..models.file_revision_archive_status import FileRevisionArchiveStatus  # noqa: E402
from ..models.product import Product  # noqa: E402
from ..models.source import Source  # noqa: E402
from ..models.token import Token  # noqa: E402
