"""The dossier's readable summary, in the person's language (what an access request gets)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from relnotebook.core.models import (
    Language,
)

# Plain-text headings and words, in the person's language (the summary may be sent to them).
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Everything Relationship Notebook holds about %s",
        "exported": "Exported on %s.",
        "profile": "Profile",
        "name": "Name",
        "organisation": "Organisation",
        "role": "Role",
        "language": "Language",
        "stage": "Relationship",
        "how_met": "How we met",
        "introduced_by": "Introduced by",
        "created_at": "Recorded since",
        "emails": "Email addresses",
        "phones": "Phone numbers",
        "websites": "Websites and profiles",
        "addresses": "Postal addresses",
        "nickname": "Nickname",
        "anniversary": "Anniversary",
        "tags": "Tags",
        "notes": "Notes",
        "personal_details": "Personal details",
        "messages_sent": "Messages sent",
        "follow_ups": "Follow-ups",
        "put_off_prompts": "Reminders put off",
        "contacts": "Calls and meetings",
        "checkin_plan": "Check-in plan",
        "tasks": "Tasks",
        "market_sweeps": "Call rounds",
        "newsletter_consents": "Newsletter consent",
        "referrals": "Referrals",
        "events": "Events attended",
        "introduced": "People introduced",
        "none": "nothing",
        "until": "until",
        "every": "every %s days",
        "tier": "tier",
        "reached": "reached on",
        "not_reached": "not reached",
        "referred_by": "referred by",
        "referred_to": "referred to",
        "referred": "referred",
        "fr": "French",
        "acquaintance": "acquaintance",
        "prospect": "prospect",
        "client": "client",
        "former_client": "former client",
    },
    "fr": {
        "title": "Tout ce que Relationship Notebook conserve au sujet de %s",
        "exported": "Exporté le %s.",
        "profile": "Profil",
        "name": "Nom",
        "organisation": "Organisation",
        "role": "Fonction",
        "language": "Langue",
        "stage": "Relation",
        "how_met": "Comment nous nous sommes connus",
        "introduced_by": "Présenté par",
        "created_at": "Inscrit depuis le",
        "emails": "Adresses courriel",
        "phones": "Numéros de téléphone",
        "websites": "Sites web et profils",
        "addresses": "Adresses postales",
        "nickname": "Surnom",
        "anniversary": "Anniversaire de mariage",
        "tags": "Étiquettes",
        "notes": "Notes",
        "personal_details": "Détails personnels",
        "messages_sent": "Messages envoyés",
        "follow_ups": "Suivis",
        "put_off_prompts": "Rappels reportés",
        "contacts": "Appels et rencontres",
        "checkin_plan": "Fréquence des appels",
        "tasks": "Tâches",
        "market_sweeps": "Tournées d'appels",
        "newsletter_consents": "Consentement à l'infolettre",
        "referrals": "Recommandations",
        "events": "Événements",
        "introduced": "Personnes présentées",
        "none": "rien",
        "until": "jusqu'au",
        "every": "tous les %s jours",
        "tier": "catégorie",
        "reached": "joint le",
        "not_reached": "pas encore joint",
        "referred_by": "recommandé par",
        "referred_to": "recommandé à",
        "referred": "recommandé",
        "fr": "français",
        "en": "anglais",
        "acquaintance": "connaissance",
        "prospect": "client potentiel",
        "client": "client",
        "former_client": "ancien client",
    },
}
_WORDS["en"]["en"] = "English"

# Stored codes, as words (a code without a word here is shown as stored).
_CODES: dict[str, dict[str, str]] = {
    "en": {
        "phone": "phone",
        "meeting": "meeting",
        "video": "video call",
        "email": "email",
        "me": "I started it",
        "them": "they started it",
        "reached": "reached",
        "left_message": "left a message",
        "no_answer": "no answer",
        "received": "referred to me",
        "given": "referred by me",
        "reciprocal": "reciprocal arrangement",
        "trust": "trust",
        "partnership": "partnership",
        "nothing_yet": "nothing yet",
        "mandate": "a mandate",
        "client": "became a client",
        "not_asked": "not asked",
        "subscribed": "subscribed",
        "declined": "declined",
        "unsubscribed": "unsubscribed",
        "express_written": "express consent, written",
        "express_verbal": "express consent, verbal",
        "implied_business": "implied consent (business relationship)",
        "implied_inquiry": "implied consent (inquiry)",
        "pending": "no answer yet",
        "interested": "interested",
        "no_reply": "no reply",
        "replied": "replied",
        "coffee": "coffee",
        "next_day_note": "thank-you note",
        "coffee_invitation": "coffee invitation",
        "ask_how_it_went": "asking how it went",
        "newsletter_offer": "newsletter offer",
    },
    "fr": {
        "phone": "téléphone",
        "meeting": "rencontre",
        "video": "vidéoconférence",
        "email": "courriel",
        "me": "à mon initiative",
        "them": "à son initiative",
        "reached": "joint",
        "left_message": "message laissé",
        "no_answer": "pas de réponse",
        "received": "recommandation reçue",
        "given": "recommandation faite",
        "reciprocal": "entente réciproque",
        "trust": "confiance",
        "partnership": "partenariat",
        "nothing_yet": "rien encore",
        "mandate": "un mandat",
        "client": "devenu client",
        "not_asked": "pas demandé",
        "subscribed": "abonné",
        "declined": "refusé",
        "unsubscribed": "désabonné",
        "express_written": "consentement exprès, écrit",
        "express_verbal": "consentement exprès, verbal",
        "implied_business": "consentement tacite (relation d'affaires)",
        "implied_inquiry": "consentement tacite (demande de renseignements)",
        "pending": "en attente de réponse",
        "interested": "intéressé",
        "no_reply": "sans réponse",
        "replied": "a répondu",
        "coffee": "café",
        "next_day_note": "mot de remerciement",
        "coffee_invitation": "invitation à prendre un café",
        "ask_how_it_went": "prendre des nouvelles",
        "newsletter_offer": "offre d'infolettre",
    },
}


def _line(*parts: Any) -> str:
    return " · ".join(str(part) for part in parts if part not in (None, ""))


def _list_lines(
    dossier: Mapping[str, Any], key: str, words: Mapping[str, str], codes: Mapping[str, str]
) -> list[str]:
    """One line per item of a section, the most telling fields first."""

    def word(code: str | None) -> str | None:
        return codes.get(code, code) if code else code

    items = dossier.get(key) or []
    lines: list[str] = []
    for item in items:
        if key in ("emails", "phones", "websites"):
            text = _line(item["value"], item.get("label"))
        elif key == "addresses":
            parts = ("street", "city", "region", "postal_code", "country")
            text = _line(item.get("kind"), ", ".join(item[p] for p in parts if item.get(p)))
        elif key == "notes":
            text = _line(item["date"], item.get("event_name"), item["text"])
        elif key == "personal_details":
            text = _line(item.get("mentioned_on"), item["text"], item.get("ends_on"))
        elif key == "messages_sent":
            text = _line(item["sent_on"], item.get("subject"), item["body"], word(item["response"]))
        elif key == "follow_ups":
            text = _line(item["due_on"], word(item["kind"]), item.get("text"), item.get("done_on"))
        elif key == "put_off_prompts":
            text = _line(item["key"], f"{words['until']} {item['until']}")
        elif key == "contacts":
            text = _line(
                item["on"],
                word(item["channel"]),
                word(item["initiated_by"]),
                word(item["outcome"]),
                item["note"],
            )
        elif key == "tasks":
            text = _line(item["due_on"], item["title"], item.get("done_on"))
        elif key == "market_sweeps":
            reached = item.get("reached_on")
            text = _line(
                item["started_on"],
                item["title"],
                f"{words['reached']} {reached}" if reached else words["not_reached"],
            )
        elif key == "newsletter_consents":
            text = _line(
                item["recorded_on"],
                word(item["status"]),
                word(item.get("basis")),
                item.get("expires_on"),
            )
        elif key == "referrals":
            partner = (item.get("partner") or {}).get("name", "")
            referred = (item.get("referred") or {}).get("name", "")
            text = _line(item["on"], word(item["direction"]), partner, referred)
            text = _line(text, word(item["kind"]), word(item.get("outcome")), item.get("note"))
        elif key == "events":
            text = _line(item["date"], item["name"], item.get("place"))
        elif key == "introduced":
            text = item["name"]
        elif key == "tags":
            text = item
        else:
            text = _line(*item.values())
        lines.append(f"  - {text}")
    return lines


_SECTIONS = (
    "emails",
    "phones",
    "websites",
    "addresses",
    "tags",
    "notes",
    "personal_details",
    "messages_sent",
    "follow_ups",
    "put_off_prompts",
    "contacts",
    "tasks",
    "market_sweeps",
    "newsletter_consents",
    "referrals",
    "events",
    "introduced",
)


def dossier_summary(dossier: Mapping[str, Any], language: str | None = None) -> str:
    """The dossier as plain text to read or send: headings in `language` ("fr" or "en"; the
    person's own language when not given), values as stored."""
    person = dossier["person"]
    chosen = Language(language or person.get("language") or Language.FRENCH).value
    words, codes = _WORDS[chosen], _CODES[chosen]
    exported = str(dossier.get("exported_at", ""))[:10]
    lines = [words["title"] % person["name"], words["exported"] % exported, ""]
    lines.append(words["profile"])
    introducer = person.get("introduced_by")
    profile = (
        ("name", person["name"]),
        ("nickname", person.get("nickname")),
        ("organisation", person.get("organisation")),
        ("role", person.get("role")),
        ("language", words.get(person.get("language", ""), person.get("language"))),
        ("stage", words.get(person.get("stage", ""), person.get("stage"))),
        ("anniversary", person.get("anniversary")),
        ("how_met", person.get("how_met")),
        ("introduced_by", introducer["name"] if introducer else ""),
        ("created_at", str(person.get("created_at", ""))[:10]),
    )
    lines += [f"  {words[key]}: {value}" for key, value in profile if value]
    plan = dossier.get("checkin_plan")
    if plan:
        parts = [
            f"{words['tier']} {plan['tier']}" if plan.get("tier") else "",
            words["every"] % plan["cadence_days"] if plan.get("cadence_days") else "",
            f"{words['until']} {plan['snoozed_until']}" if plan.get("snoozed_until") else "",
        ]
        lines += ["", words["checkin_plan"], f"  {_line(*parts) or words['none']}"]
    for key in _SECTIONS:
        items = dossier.get(key) or []
        lines += ["", f"{words[key]} ({len(items)})"]
        lines += _list_lines(dossier, key, words, codes) or [f"  {words['none']}"]
    return "\n".join(lines) + "\n"
