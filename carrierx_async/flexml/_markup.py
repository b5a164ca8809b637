"""The element every FlexML verb and noun is built on: checked on construction, then read-only."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import ClassVar

from ._errors import FlexMLError
from ._spec import check_xml_text, render_attributes

__all__ = ["Element", "Noun", "Verb", "required_text"]


class Element:
    """One FlexML element: its tag, attributes as CarrierX spells them, and text or children.

    Everything is checked when the element is made, so an element that exists is one CarrierX
    can read. Subclasses set `tag` and the element classes they may contain.
    """

    __slots__ = ("_attributes", "_children", "_text")

    tag: ClassVar[str] = ""
    may_contain: ClassVar[tuple[type[Element], ...]] = ()

    def __init__(
        self,
        *,
        attributes: Mapping[str, object],
        extra_attributes: Mapping[str, object] | None = None,
        children: Sequence[Element] = (),
        text: str | None = None,
    ) -> None:
        self._attributes = MappingProxyType(render_attributes(self.tag, attributes, extra_attributes))
        for child in children:
            self._check_child(child)
        self._children = tuple(children)
        if text is not None:
            check_xml_text(self.tag, text)
        self._text = text

    def _check_child(self, child: object) -> None:
        if isinstance(child, self.may_contain):
            return
        what = type(child).__name__ if isinstance(child, Element) else repr(child)
        if self.may_contain:
            allowed = ", ".join(kind.tag for kind in self.may_contain)
            raise FlexMLError(f"{self.tag} cannot contain {what}; it may contain only {allowed}")
        raise FlexMLError(f"{self.tag} cannot contain {what}; nothing may be nested in {self.tag}")

    @property
    def attributes(self) -> Mapping[str, str]:
        """The attributes exactly as written into the XML."""
        return self._attributes

    @property
    def children(self) -> tuple[Element, ...]:
        return self._children

    @property
    def text(self) -> str | None:
        return self._text

    def to_element(self) -> ET.Element:
        """This element as an `xml.etree.ElementTree.Element` (a fresh copy each time)."""
        element = ET.Element(self.tag, dict(self._attributes))
        element.text = self._text
        element.extend(child.to_element() for child in self._children)
        return element

    def to_xml(self) -> str:
        """This element as XML text, escaped, without an XML declaration."""
        return ET.tostring(self.to_element(), encoding="unicode")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Element):
            return NotImplemented
        return (type(self), self._attributes, self._text, self._children) == (
            type(other),
            other._attributes,
            other._text,
            other._children,
        )

    def __hash__(self) -> int:
        return hash((type(self), tuple(self._attributes.items()), self._text, self._children))

    def __repr__(self) -> str:
        parts = [repr(child) for child in self._children]
        if self._text is not None:
            parts.insert(0, repr(self._text))
        parts += [f"{name}={value!r}" for name, value in self._attributes.items()]
        return f"{type(self).__name__}({', '.join(parts)})"


class Verb(Element):
    """A FlexML verb: it may stand directly inside `Response`."""

    __slots__ = ()


class Noun(Element):
    """A FlexML noun: it extends one verb and never stands alone inside `Response`."""

    __slots__ = ()
    belongs_in: ClassVar[str] = ""


def required_text(owner: str, value: object, what: str) -> str:
    """A verb's or noun's text content: a non-empty string."""
    if not isinstance(value, str):
        raise FlexMLError(f"{owner} takes {what} as a string, not {value!r}")
    if not value.strip():
        raise FlexMLError(f"{owner} needs {what}; got an empty string")
    return value
