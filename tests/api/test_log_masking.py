"""Persons' ID numbers never appear in the logs: planted in variables, inline literals and
exception text of failing queries, they come out masked from every handler."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest
from app_support import app_client
from helpers import gql, key

from credit.logmask import install_id_number_masking, mask

ID_18 = "11010519491231002X"
ID_15 = "110105491231002"
PLANTED = (ID_18, ID_15, "44030519800101123x")


def test_the_mask_keeps_the_contracts_six_and_four() -> None:
    assert mask(f"a {ID_18} b") == "a 110105********002X b"
    assert mask(f"({ID_15})") == "(110105******002)"
    # a code with letters is not a person's number
    assert mask("91440305K8PBRNYTPN") == "91440305K8PBRNYTPN"
    assert mask("permit USA310085031201.") == "permit USA310*****1201."  # a 2017 永居证


def test_any_logger_masks_message_arguments_and_exception_text(caplog: pytest.LogCaptureFixture) -> None:
    install_id_number_masking()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("somewhere.else")
    logger.addHandler(handler)
    try:
        with caplog.at_level(logging.INFO):
            logger.info("checked %s and %r", ID_18, {"idNumber": ID_15})
            try:
                raise ValueError(f"bad person {ID_18}")
            except ValueError:
                logger.exception("failed")
    finally:
        logger.removeHandler(handler)
    for text in (caplog.text, stream.getvalue()):
        assert ID_18 not in text and ID_15 not in text
        assert "110105********002X" in text and "110105******002" in text


async def test_failing_queries_log_no_id_number(
    tmp_path: Path, sqlite_template: Path, caplog: pytest.LogCaptureFixture
) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        with caplog.at_level(logging.DEBUG):
            async with app_client(sqlite_template, tmp_path) as http:
                token = await key("procurement")
                from credit.services import checks

                real = checks.keyring

                def broken() -> object:  # an unexpected failure inside the resolver
                    raise RuntimeError(f"signing failed near {ID_18}")

                checks.keyring = broken  # type: ignore[assignment]
                try:
                    failing = (
                        f'query Q($c: String!) {{ restrictionCheck(codes: ["{ID_18}", $c], domain: BIDDING) '
                        "{ checkId receipt } }"
                    )
                    await gql(http, failing, {"c": ID_15}, token=token)
                finally:
                    checks.keyring = real
                # refusals of every kind, with numbers inline and in variables
                await gql(http, f'query {{ enterprise(code: "{ID_18}") {{ nope }} }}', token=token)
                await gql(http, f'query {{ restrictionCheck(codes: ["{ID_15}"] domain: ) }}')
                await gql(http, "query Q($x: Date!) { listingCandidates(region: \"4403\", asOf: $x) { grounds } }",
                          {"x": PLANTED[2]}, token=await key("admin"))
    finally:
        root.removeHandler(handler)
    logged = caplog.text + stream.getvalue()
    assert "110105********002X" in logged  # the failure was logged, masked
    for number in PLANTED:
        assert number.upper() not in logged.upper()


async def test_person_checks_and_bans_log_no_id_number(
    tmp_path: Path, sqlite_template: Path, caplog: pytest.LogCaptureFixture
) -> None:
    passport = "DEU123456789"
    with caplog.at_level(logging.DEBUG):
        async with app_client(sqlite_template, tmp_path) as http:
            check = "query C($n: [String!]!) { personCheck(idNumbers: $n) { results { idNumber status } } }"
            answer = await gql(http, check, {"n": [*PLANTED, passport]}, token=await key("procurement"))
            assert [r["status"] for r in answer["data"]["personCheck"]["results"]][0] == "CLEAR"
            ban = """mutation B($input: RecordPersonBanInput!) { recordPersonBan(input: $input) {
                     ban { id } userErrors { code } } }"""
            regulator = await key("regulator", authority_code="11440300MB2C92016Y", authority_name="深圳市应急管理局",
                                  region="4403")
            for number, id_type in ((ID_18, "RESIDENT_ID"), (passport, "PASSPORT"), (PLANTED[2], "RESIDENT_ID")):
                await gql(http, ban, {"input": {"idNumber": number, "idType": id_type, "name": "某人",
                                                "kind": "FIVE_YEARS", "startsOn": "2024-01-01", "basis": "依法"}},
                          token=regulator)
    for number in (*PLANTED, passport):
        assert number.upper() not in caplog.text.upper()
