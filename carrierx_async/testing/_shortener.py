"""The link shortener: a new link gets its short name, its URL on its domain, and no hits yet.

- `short_name` is generated when not sent: letters and digits, as long as the domain's
  `minimum_length` (6 by default); a sent one must be free on that domain (else 409).
- `url` is the domain name and the short name, `https` when the domain's `secure` is
  `required`; it follows a renamed link.
- `hits` starts at 0 and `date_accessed` empty.
- `reuse=true` answers the existing link to the same `destination_url` on the same domain.
- `domain_sid` must name one of the partner's domains (422 otherwise).
"""

from __future__ import annotations

import string
from collections.abc import Iterable

from ._http import ApiError, JSONObject, Response, validation_error
from ._resources import Call, Hooks, Resources

DOMAINS = "/shortener/domains"
LINKS = "/shortener/links"
ALPHABET = string.ascii_letters + string.digits


class Shortener:
    """Create Link's domain rules, wired into the generic resources."""

    def __init__(self, resources: Resources, partner_sid: str) -> None:
        self.resources = resources
        self.partner_sid = partner_sid
        resources.special[("core", "create_link")] = self.create_link
        resources.hooks[("core", LINKS)] = Hooks(updated=self._link_updated)

    def create_link(self, call: Call) -> Response:
        body = dict(self.resources.body(call) or {})
        links = self.resources.collection(call)
        domain = self._domain(body.get("domain_sid"))
        if call.query.get("reuse"):
            wanted = (body["destination_url"], body["domain_sid"])
            for link in links:
                if (link.get("destination_url"), link.get("domain_sid")) == wanted:
                    return self.resources.object_response(call, link, call.operation.status)
        name = body.get("short_name") or self._new_name(domain, links)
        _check_free(name, str(domain["domain_sid"]), links, None)
        key, link = self.resources.new_object(call, {**body, "short_name": name})
        link.update(hits=0, date_accessed=None, url=url(domain, name))
        links.put(key, link)
        return self.resources.object_response(call, link, call.operation.status)

    def _link_updated(self, call: Call, before: JSONObject, after: JSONObject) -> None:
        domain = self._domain(after.get("domain_sid"))
        name = str(after.get("short_name") or before.get("short_name"))
        _check_free(name, str(domain["domain_sid"]), self.resources.collection(call), after.get("link_sid"))
        after["short_name"] = name
        after["url"] = url(domain, name)

    def _domain(self, domain_sid: object) -> JSONObject:
        domain = self.resources.store.collection("core", self.partner_sid, DOMAINS).get(str(domain_sid))
        if domain is None:
            raise validation_error([("domain_sid", "no shortener domain has this SID")])
        return domain

    def _new_name(self, domain: JSONObject, links: Iterable[JSONObject]) -> str:
        length = domain.get("minimum_length")
        size = length if isinstance(length, int) and length > 0 else 6
        taken = {link.get("short_name") for link in links if link.get("domain_sid") == domain["domain_sid"]}
        while True:
            name = "".join(self.resources.rng.choice(ALPHABET) for _ in range(size))
            if name not in taken:
                return name


def _check_free(name: str, domain_sid: str, links: Iterable[JSONObject], own_sid: object) -> None:
    for link in links:
        if link.get("link_sid") != own_sid and (link.get("short_name"), link.get("domain_sid")) == (name, domain_sid):
            raise ApiError(409, f"the short name {name} is taken on this domain", [("short_name", "already exists")])


def url(domain: JSONObject, short_name: str) -> str:
    scheme = "https" if domain.get("secure") == "required" else "http"
    return f"{scheme}://{domain.get('domain_name')}/{short_name}"
