"""The notebook meets the phone: contacts both ways and the agenda, through the user's own
CalDAV/CardDAV server (`service.sync`). Nothing here touches the network until an account is set."""
