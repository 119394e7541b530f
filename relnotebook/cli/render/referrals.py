"""`relnotebook referrals`: the reciprocity report as lines, and as JSON."""

from __future__ import annotations

from relnotebook.core.referrals.rules import ReciprocityReport
from relnotebook.core.referrals.service import report_json

__all__ = ["referrals_text", "report_json"]


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
