"""Parts of a page with a life of their own: the person page's tabs (notes, details,
check-ins, messages, referrals, profile), the selected event, the templates tab of Settings."""
