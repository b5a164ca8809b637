"""The API sections: the one table the client, the code generator, the fake server and the tests read."""

from __future__ import annotations

from typing import Literal

import attrs

AuthKind = Literal["bearer", "basic"]


@attrs.frozen
class SectionInfo:
    """One API section: where it lives, how it authenticates, what it is generated into."""

    name: str  # also the spec's file stem: specs/<name>.yaml
    title: str
    path: str  # under the API root
    package: str  # the generated package
    api_class: str  # the facade's section class (carrierx_async.resources.<name>)
    auth: AuthKind
    envelope: bool = False  # answers wrapped as {"body": ..., "status": ...} (Mediator)


SECTIONS: tuple[SectionInfo, ...] = (
    SectionInfo("core", "Core API", "/core/v2", "carrierx_core", "CoreAPI", "bearer"),
    SectionInfo("conference", "Conference API v1", "/conference/v1", "carrierx_conference", "ConferenceAPI", "basic"),
    SectionInfo(
        "conference_v2", "Conference API v2", "/conference/v2", "carrierx_conference_v2", "ConferenceV2API", "basic"
    ),
    SectionInfo("flexml", "FlexML API", "/flexml/v1", "carrierx_flexml", "FlexMLAPI", "basic"),
    SectionInfo("mediator", "Mediator API", "/mediator/v1", "carrierx_mediator", "MediatorAPI", "basic", envelope=True),
)

BY_NAME = {section.name: section for section in SECTIONS}

# A Core endpoint's `type` names the section that serves it: every section with its own login.
ENDPOINT_SECTIONS = frozenset(section.name for section in SECTIONS if section.auth == "basic")
