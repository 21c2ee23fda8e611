"""The DUA's gateway terms and payload minimisation by them."""

from __future__ import annotations

from typing import Any

import pytest

from custos.core._errors import InvalidInput
from custos.gateway._minimise import minimise_chat, minimise_json
from custos.policy import DUA, GatewayEndpoint, GatewayPurpose
from tests.gateway.conftest import gateway_dua


def _dua(**changes: Any) -> dict[str, Any]:
    return gateway_dua(8481, **changes)


def test_the_example_gateway_dua_is_valid_and_needs_no_datasets() -> None:
    dua = DUA.model_validate(_dua())
    assert dua.datasets == [] and dua.permitted_outputs == []
    assert dua.gateway is not None
    assert dua.gateway.purpose("diagnosis-coding") is not None
    assert dua.gateway.purpose("diagnosis-coding").data_categories == [  # type: ignore[union-attr]
        "diagnosis", "free_text", "observation", "resource_type"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {
                "gateway.endpoints": [
                    {
                        "name": "x",
                        "api": "json",
                        "url": "https://a.example",
                        "operator": "Unlisted Corp",
                    }
                ],
                "gateway.purposes": [{"name": "p", "endpoints": ["x"], "fields": []}],
            },
            "neither the vendor nor a listed subprocessor",
        ),
        ({"gateway.purposes": [{"name": "p", "endpoints": ["nowhere"]}]}, "unknown endpoint"),
        (
            {"gateway.purposes": [{"name": "p", "endpoints": ["chat"], "free_text": False}]},
            "needs free_text",
        ),
        ({"gateway": None, "datasets": []}, "datasets: at least one"),
    ],
)
def test_incoherent_gateway_terms_are_rejected(change: dict[str, Any], message: str) -> None:
    doc = _dua(**change)
    with pytest.raises(ValueError, match=message):
        DUA.model_validate(doc)


@pytest.mark.parametrize(
    "url",
    [
        "ftp://vendor.example/x",
        "https://user:pw@vendor.example/v1",
        "https://v.example/x?key=1",
        "vendor.example/v1",
    ],
)
def test_an_endpoint_url_must_be_plain_http_without_credentials(url: str) -> None:
    with pytest.raises(ValueError, match="url"):
        GatewayEndpoint(name="x", api="json", url=url)


def test_field_paths_are_validated() -> None:
    with pytest.raises(ValueError, match="path"):
        GatewayPurpose.model_validate(
            {"name": "p", "endpoints": ["x"], "fields": [{"path": "a..b", "category": "c"}]}
        )


def _purpose(*paths: str, free_text: bool = False) -> GatewayPurpose:
    return GatewayPurpose.model_validate(
        {
            "name": "p",
            "endpoints": ["x"],
            "free_text": free_text,
            "fields": [{"path": p, "category": f"c{i}"} for i, p in enumerate(paths)],
        }
    )


def test_json_paths_keep_only_what_they_name() -> None:
    body = {
        "a": {"b": 1, "c": 2},
        "items": [{"k": "v1", "secret": "s"}, {"k": "v2"}, {"other": 1}],
        "top": "keep",
        "drop": "me",
    }
    p = minimise_json(body, _purpose("a.b", "items[].k", "top"))
    assert p.body == {"a": {"b": 1}, "items": [{"k": "v1"}, {"k": "v2"}], "top": "keep"}
    assert p.categories == ["c0", "c1", "c2"]
    assert p.removed == 4  # a.c, items[0].secret, items[2] (nothing kept), drop
    assert p.texts == ["v1", "v2", "keep"]
    rebuilt = p.rebuild(["X", "Y", "Z"])
    assert rebuilt == {"a": {"b": 1}, "items": [{"k": "X"}, {"k": "Y"}], "top": "Z"}


def test_json_wildcards_and_whole_lists() -> None:
    body = {"codes": ["E11.9", "I10"], "m": {"x": {"v": 1, "w": 2}, "y": {"v": 3}}}
    p = minimise_json(body, _purpose("codes[]", "m.*.v"))
    assert p.body == {"codes": ["E11.9", "I10"], "m": {"x": {"v": 1}, "y": {"v": 3}}}


def test_json_with_nothing_allowed_is_refused() -> None:
    with pytest.raises(InvalidInput) as e:
        minimise_json({"name": "Maria Okafor"}, _purpose("code"))
    assert e.value.code == "gateway.nothing_allowed"
    with pytest.raises(InvalidInput):
        minimise_json(["not", "an", "object"], _purpose("code"))


def test_deeply_nested_json_is_refused_not_crashed() -> None:
    body: dict[str, Any] = {}
    node = body
    for _ in range(200):
        node["a"] = {}
        node = node["a"]
    with pytest.raises(InvalidInput, match="nests too deeply"):
        minimise_json(body, _purpose("a"))  # kept whole, then its strings are walked


def test_chat_keeps_text_parts_and_refuses_other_parts() -> None:
    ep = GatewayEndpoint(name="x", api="chat_completions", url="https://v.example/chat")
    purpose = _purpose(free_text=True)
    p = minimise_chat(
        {"model": "m", "messages": [{"role": "user", "content": [
            {"type": "text", "text": "hello", "cache_control": {"type": "ephemeral"}}]}],
         "stream_options": {"include_usage": True, "extra": 1}, "stop": ["END"]},
        purpose, ep,
    )  # fmt: skip
    assert p.body["messages"] == [{"role": "user", "content": [{"type": "text", "text": "hello"}]}]
    assert p.body["stream_options"] == {"include_usage": True}
    assert p.texts == ["hello", "END"]
    assert p.removed == 1
    with pytest.raises(InvalidInput) as e:
        minimise_chat({"model": "m", "messages": [{"role": "tool", "content": "x"}]}, purpose, ep)
    assert e.value.code == "gateway.payload"
    with pytest.raises(InvalidInput) as e:
        minimise_chat({"model": "m", "messages": [{"role": "user", "content": "x"}]},
                      _purpose("a"), ep)  # fmt: skip
    assert e.value.code == "gateway.purpose_scope"
