"""`relnotebook referrals`: the reciprocity report as lines, and as JSON (dates in ISO format,
shares as fractions of 1)."""

from __future__ import annotations

from typing import Any

from relnotebook.core.referrals.rules import ReciprocityReport, ReferrerShare


def _percent(share: float) -> str:
    return f"{share:.0%}"


def referrals_text(report: ReciprocityReport) -> list[str]:
    """The `referrals` command's lines for a `ReciprocityReport`."""
    lines = [f"Referrals, 12 months from {report.starts_on} to {report.today}"]
    if report.reciprocal_share is None:
        lines.append("No new clients from referrals in these 12 months.")
    else:
        verdict = "above the target" if report.above_target else "within the target"
        lines.append(
            f"New clients from referrals: {report.new_clients}, of which reciprocal: "
            f"{report.reciprocal} ({_percent(report.reciprocal_share)}); target: at most "
            f"{report.target}%, {verdict}."
        )
    lines.append("By quarter (reciprocal / trust / partnership):")
    for quarter in report.by_quarter:
        lines.append(
            f"  {quarter.label}  {quarter.reciprocal} / {quarter.trust} / {quarter.partnership}"
        )
    top = report.top_referrer
    if top is None:
        lines.append("Top referrer: none (no referral brought a mandate or a client).")
    else:
        lines.append(
            f"Top referrer: {top.name}, {top.count} of {top.total} referrals that brought a "
            f"mandate or a client ({_percent(top.share)})."
        )
    for organisation, names in report.organisations_with_several_referrers.items():
        lines.append(f"Several referrers at {organisation}: {', '.join(names)}.")
    for warning in report.key_person_warnings:
        lines.append(
            f"Key-person risk: {warning.name} brought {warning.count} of {warning.total} new "
            f"clients ({_percent(warning.share)}, more than {report.key_person_percent}%)."
        )
    if report.trusted_connectors:
        lines.append("Trusted connectors (they referred out of trust; never referred to):")
        for connector in report.trusted_connectors:
            lines.append(
                f"  - {connector.name}: {connector.count} referrals, last on {connector.last_on}"
            )
    else:
        lines.append("Trusted connectors: none yet.")
    return lines


def _share_json(share: ReferrerShare) -> dict[str, Any]:
    return {
        "person_id": share.person_id,
        "name": share.name,
        "count": share.count,
        "of": share.total,
        "share": round(share.share, 4),
    }


def report_json(report: ReciprocityReport) -> dict[str, Any]:
    """The report as JSON-ready data (dates in ISO format, shares as fractions of 1)."""
    return {
        "today": report.today.isoformat(),
        "window": {"from": report.starts_on.isoformat(), "to": report.today.isoformat()},
        "new_clients": report.new_clients,
        "reciprocal": report.reciprocal,
        "reciprocal_share": (
            None if report.reciprocal_share is None else round(report.reciprocal_share, 4)
        ),
        "target_percent": report.target,
        "above_target": report.above_target,
        "by_quarter": [q._asdict() for q in report.by_quarter],
        "top_referrer": _share_json(report.top_referrer) if report.top_referrer else None,
        "organisations_with_several_referrers": {
            name: list(people)
            for name, people in report.organisations_with_several_referrers.items()
        },
        "key_person_percent": report.key_person_percent,
        "key_person_warnings": [_share_json(s) for s in report.key_person_warnings],
        "trusted_connectors": [
            {
                "person_id": c.person_id,
                "name": c.name,
                "count": c.count,
                "last_on": c.last_on.isoformat(),
            }
            for c in report.trusted_connectors
        ],
    }
