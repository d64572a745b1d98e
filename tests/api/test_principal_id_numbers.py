"""Principals' ID numbers through the API follow the contract's rule: a number keeps the
area code it was first issued under, even a county created after the birth."""

from __future__ import annotations

from datetime import timedelta

from helpers import make_code, regulator_key
from regulator_steps import PRINCIPAL, Desk, audited, refused, tomorrow_in_china
from stdnum.cn import ric

from credit.store import models

POSTDATED_COUNTY = "350111196002276951"  # 晋安区 since 1983, born 1960


async def test_principal_whose_county_postdates_birth_registers(client) -> None:
    desk = Desk(client, await regulator_key())
    code = make_code(3201)
    registered = await audited(desk.register(code, principal={"name": "林某", "idNumber": POSTDATED_COUNTY}),
                               "registerEnterprise")
    assert registered["enterprise"]["code"] == code
    term = await models.PersonRole.get(enterprise__code=code).prefetch_related("person")
    assert term.role == "PRINCIPAL" and term.person.id_number == POSTDATED_COUNTY
    shown = await desk.run(PRINCIPAL, {"code": code})
    assert shown["data"]["enterprise"]["principal"]["idNumber"] == POSTDATED_COUNTY  # its own region: unmasked


async def test_principal_born_after_today_is_refused(client) -> None:
    desk = Desk(client, await regulator_key())
    tomorrow = tomorrow_in_china()
    first17 = "110105" + tomorrow.strftime("%Y%m%d") + "002"
    unborn = first17 + ric.calc_check_digit(first17 + "0")
    await refused(desk.register(make_code(3202), principal={"name": "张三", "idNumber": unborn}),
                  "INVALID_ID_NUMBER", "principal.idNumber")
    first17 = "110105" + (tomorrow - timedelta(days=1)).strftime("%Y%m%d") + "002"
    born_today = first17 + ric.calc_check_digit(first17 + "0")
    payload = await desk.register(make_code(3203), principal={"name": "张三", "idNumber": born_today})
    assert payload["userErrors"] == [], payload
