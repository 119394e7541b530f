"""Contacts logged from the user's mailbox, reading headers only (issue 25).

`headers.py` reads one message's headers; `local.py` the mail stores on this computer and
`imap.py` an IMAP account; `rules.py` decides what each message logs; `service.py` runs a read
and writes it in one transaction; `sources.py` keeps the mailboxes the user chose.
"""
