<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddressChoice</name>
    <message>
        <source>Form of address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« tu »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« vous »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remem&amp;ber for this person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>None (weekends only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory &amp;holidays of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Province or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call, a task or a sweep deadline on a weekend or a holiday shows as due on the last business day before it, so the calls happen before the long weekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthdays and anniversaries on Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National holidays only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Call with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · no phone number in the notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left a &amp;message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;They called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;eeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said (optional), then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To open the call (no agenda: they lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or ask about what they told you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two minutes: wrap up, unless they want to talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two minutes soon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallsController</name>
    <message>
        <source>Export the next 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calendar entries saved to %2. It holds names: keep it private.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>People met at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event: who did you meet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Chamber of commerce cocktail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per person. Tab moves to the next field, Enter starts the next person, Ctrl+S saves everyone. “Busy until” understands dates like 2026-12-15, 15 Dec, mid-December or après les Fêtes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save, then open this person&apos;s profile for the rest of their card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the event a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least one person before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the people you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You typed people who are not saved yet. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureRowsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you talked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website or LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tu/vous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address or link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <source>Addresses and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;website…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinsPanel</name>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own cadence in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier&apos;s cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They &amp;called me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client is &amp;leaving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regular check-ins (only clients have them, or give a cadence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next call due %1 (every %2 days)%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put off until %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You started %1 of your contacts over 90 days (%2 of %n: calls and meetings logged, and messages sent), %3 over 12 months.</source>
        <translation>
            <numerusform>You started %1 of your contacts over 90 days (%2 of %n: calls and meetings logged, and messages sent), %3 over 12 months.</numerusform>
            <numerusform>You started %1 of your contacts over 90 days (%2 of %n: calls and meetings logged, and messages sent), %3 over 12 months.</numerusform>
        </translation>
    </message>
    <message>
        <source>They started the last two contacts: call them first next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoffeeDialog</name>
    <message>
        <source>Coffee with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where, what time (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They would like a coffee. When is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Message to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 has no email address in the notebook: use Copy, and paste the message where you reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;mail app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as .&amp;eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orm of address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (yours, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You edited the message. Replace it with a new draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your message?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You edited this message and did not mark it as sent. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Before you send it, read it again: it may put pressure on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Low pressure: about them, short, easy to decline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed to your mail app: send it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Your mail app could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it where you reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. Open it with your mail app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a notebook kept in a PostgreSQL database, to use it from several computers. Type its address; the password, if the server wants one, is asked next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorsTableModel</name>
    <message>
        <source>Trusted connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Newsletter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. said yes at the chamber of commerce cocktail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Select a person first (People, Ctrl+2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>2026-11-20, yesterday, 20 Nov…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <source>%1 is leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get back in touch on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t try to hold them back: make sure the transfer goes well. They become a former client, stay on your mailing list, and you get back in touch later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get back in &amp;touch on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get back in touch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New detail: a trip, a hobby, family news… then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New personal detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a message: no mention (the message will not need one)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsTableModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueReminder</name>
    <message>
        <source>Relationship Notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n things to do today. Click to open Today.</source>
        <translation>
            <numerusform>%n thing to do today. Click to open Today.</numerusform>
            <numerusform>%n things to do today. Click to open Today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are two people: the pair is not listed again (Ctrl+Z lists it again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duplicates could not be looked for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate pair(s). Choose one to compare and merge.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates: no two people share an email, a phone number or a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>“%1” could not be undone or redone (%2). Nothing was changed; the undo history was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put off a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>%1 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logged calls and meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 emails and phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 event attendances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reminders put off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 check-in plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 call-round entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 consent records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 referrals they made or received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies made elsewhere (Back Up Now to another folder, exports) still hold them: the app cannot reach those; delete them, or erase the person there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newsletter list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder of a dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message saved as .eml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These copies made with the app outside its folders may still hold them; the app cannot reach them: delete them, or erase the person there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder cannot be reached now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies made by other means (copied by hand, sent by mail) are out of reach too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their card on your sync server was deleted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their card on your sync server could not be deleted now; it will be at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 backups and copies of the notebook were rewritten without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unsaved drafts about them were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These copies could not be rewritten and may still hold them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was erased, with %2 records about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other records still mention their name; search for it to review them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is reading the notebook: traces may stay in its log file until that program closes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with %1 records about them: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This erases %1 for good%2. Their entries in search go too, and the notebook file is cleaned so that no readable trace is left. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 referrals of them by other people stay in those people&apos;s history, without their name or note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people they introduced stay, without the link to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing about them is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they asked for their information too, export it first (Export everything about this person).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 backups and copies of this notebook that the app keeps are rewritten without them, and what was being typed about them is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was being typed about them is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type their name, %1, to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewriting the backups and copies of the notebook without them: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewriting the backups and copies of the notebook without them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups and copies of the notebook could not be rewritten (%1): they may still hold them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <source>Event date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about the event itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People met at this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people met here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People met there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody recorded yet: use “Add people met here…”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsController</name>
    <message>
        <source>People saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the event %1? The people you met there and your notes stay. You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet.

Back from a cocktail or a conference? Press Ctrl+E to note who you met there and what you talked about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture people from an event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see who you met there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <source>Exported to %1. It holds personal information: keep it private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard, for an address book (.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook JSON: everything, to restore or archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All people (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;selected people (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole notebook: everyone, notes, messages, referrals and settings. It loads back into a new, empty notebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To export only some people, select them in the People list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is the notebook itself; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole notebook (%1 people) was saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull name (when first and last are not apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into the existing person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicates are skipped unless you choose otherwise: select rows and press C to create, M to merge into the existing person, S to skip (or use the Do column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file: a vCard (.vcf) or CSV export of your contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicates</source>
        <translation>
            <numerusform>%n likely duplicate</numerusform>
            <numerusform>%n likely duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be imported</source>
        <translation>
            <numerusform>%n cannot be imported</numerusform>
            <numerusform>%n cannot be imported</numerusform>
        </translation>
    </message>
    <message>
        <source>The columns of this file were not recognised. Choose which column holds each field; a name column is needed (first and last name, or the full name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the name: first name, last name or full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import will create %1, merge %2 and skip %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this file can be imported: each row&apos;s problem is in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is skipped: choose Create or Merge for the ones to bring in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 created, %2 merged, %3 skipped, %4 could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed (%1); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error, line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of %1 (same email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of %1 (same phone number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of %1 (same name and organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as line %1 (same email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as line %1 (same phone number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as line %1 (same name and organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailController</name>
    <message>
        <source>Reading mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading mail… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail: %1 contacts logged with %2 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; replies from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail reading stopped; nothing was logged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;IMAP account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Thunderbird profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Maildir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add mbo&amp;x file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add .&amp;eml folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes read (headers only; nothing is written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;subject in the contact&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;addresses (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First read goes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you write to often, not in the notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thunderbird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maildir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.eml folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an mbox file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (kept in the system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No system keyring: the password could not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mailbox first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one yet (read the mail first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;%2&gt;: %3 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log contacts from your mailbox without typing: the app reads who wrote to whom and when (headers only, never a message&apos;s text), on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail sources and addresses…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sample, not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship Notebook — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the notebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenuTable</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Notebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to a Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Settin&amp;gs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;They Called Me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Dup&amp;licates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Everything About This Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase This Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tention Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Event and People Met…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add People Met at This Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;Market Sweep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Relationship Notebook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tu or vous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes, %2 personal details, %3 messages, %4 logged contacts, %5 referrals, %6 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything about the other person moves to the kept one, and the other record is deleted. Tick a value to take it instead of the kept one; emails, phones and tags of both are kept. Ctrl+Z undoes the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swap: keep the other one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves to %1: %2. Then %3 is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeFieldsModel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the other&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filled in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesController</name>
    <message>
        <source>Recorded on %1’s history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewsletterPage</name>
    <message>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export sending list (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 subscribers with valid consent. Consent implied by a business relationship or an inquiry expires (⚠ within %2 days): Today suggests asking for express consent. Record consent on a person&apos;s Referrals &amp; newsletter tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscribers yet. Offer the newsletter to good prospects from Today; their answer, and consent you record on their page, build this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the sending list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1: only people with valid consent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>What did you talk about? Ctrl+Enter adds the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a note to read or edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the note first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningController</name>
    <message>
        <source>Open a notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebooks (*.sqlite *.relnotebook);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Relationship Notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Relationship Notebook&lt;/b&gt; %1&lt;br&gt;&lt;br&gt;Remember what people told you, and reach out at the right moment.&lt;br&gt;&lt;br&gt;Your notebook: %2&lt;br&gt;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is on that PostgreSQL server: the app connects to it and to nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays on this computer: the app makes no network connections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maybe the same as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember it in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleController</name>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 with all their notes and personal details? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1. Ctrl+Z brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody else to merge with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with (the same person entered twice):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Filter by name, organisation or tag (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture people from an event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one in this notebook yet.

After an event, press Ctrl+E to capture the people you met, or Ctrl+N to add one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches this filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I started (90 d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPageView</name>
    <message>
        <source>Delete person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they told you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses &amp;&amp; links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details &amp;&amp; notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals &amp;&amp; newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person to see what you know about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met at %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>introduced by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonReferralsPanel</name>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record newsletter &amp;answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from %1: %2. Given to %1: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent records kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyController</name>
    <message>
        <source>Save everything about this person into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>&amp;Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we &amp;met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefi&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nic&amp;kname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name they go by, if not the given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several: separate with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>golf, a-tier, doctor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event, or the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr., Me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jr., CPA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2001-06-12, or --06-12 without the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« tu »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« vous »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In French, &amp;write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good &amp;prospect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Introduced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not read as a phone number, kept as typed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as 2001-06-12, or --06-12 without the year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarterChart</name>
    <message>
        <source>New clients from referrals, by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reciprocal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>This notebook is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The damaged file will not be changed or deleted: restoring puts it aside as %2 in the same folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup of this notebook was found in %1. If you have a copy elsewhere, choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is from %1, with %2 people and %3 notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored. The damaged file is kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I received it: they sent me someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I gave it: I sent someone to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone new (type the name below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is the referral with? Type their name and choose it in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thank them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals recorded yet. Record who sends you clients, and to whom you send people: the notebook then shows how much of your new business comes from give-and-take deals (keep it small) and who trusts you enough to refer freely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months: %1 new clients from referrals, %2 from reciprocal arrangements (%3; your target: at most %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above your target: these relationships last as long as the deal. Build on trust instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top referrer: %1, %2 of %3 referrals that brought business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 brings %2 of your new clients: if they change jobs, that stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several referrers at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of %1, newest first, kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet. One is made each day the notebook is opened; to make one now, use Back Up Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of %1 (%2 people, %3 notes)? The notebook as it is now is not lost: it is kept as %4 in %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>call or meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years without contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact for at &amp;least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the selected people: off this review&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport their information…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody left to review: everyone has been in touch in the last %1 years. Lower the number of years to look at more recent silence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept %1 people. They are listed again in a later review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the exported information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The files could not be written in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote what the notebook holds about %1 people to %2 (a .json and a .txt file each, readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This erases the %1 selected people and everything about them for good. It cannot be undone. Type %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewriting the backups and copies of the notebook without them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased %1 people.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, organisations, notes, details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, an organisation, an email or a word from your notes. Up and Down choose, Enter opens the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, to sign messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiet period after no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When someone does not answer a message, no new message to them is suggested for this long: no chasing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 clients: every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show calls coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get back in touch with a departed client after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reciprocal deals: at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % of new clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when one person brings more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn before implied consent expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals &amp;&amp; newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« tu » (as among peers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« vous »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address people as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unless their profile says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus, buttons and dates. Each person&apos;s messages are written in their own language, set on their profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File › Open Notebook… (Ctrl+O) opens or creates another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-minute call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a short sound when a call reaches t&amp;wo minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound setting could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appearance could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one backup a &amp;day for the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then one a &amp;week for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is made each day you use the app, in %1. Only days and weeks you used it count, so a notebook left alone keeps its last backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as this country&apos;s (CA, FR…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers&apos; countr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time you start the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Today’s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries about one person work where a person is selected or shown (Today, People); elsewhere they are greyed out in the menus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalsPanel</name>
    <message>
        <source>Messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to read what was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message sent yet. “Write message…” drafts one from what they told you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested: plan the coffee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite for coffee on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day to be reminded, on Today, to invite them for a coffee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite for coffee on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On which day should Today suggest the invitation? (e.g. 2027-01-10, mid-January)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalsTableModel</name>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscribersTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <source>Market sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markets are moving: check in with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients of tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people to call by %2. Each shows on Today until reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncChoicesDialog</name>
    <message>
        <source>Sync: your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: here “%3”, on the phone “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this notebook&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the phone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — deleted on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them (send the card again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete them here too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — deleted here, card still on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the card there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the card there too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync changed none of these: choose, and the next sync applies it. “Decide later” asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync: the notebook stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your server first (File › Sync Settings…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is already going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync waits for your password: use File › Sync Now to type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be tried again at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new from your phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncScopeBox</name>
    <message>
        <source>Nothing checked: everyone. Checked: the people at one of these stages or with one of these tags. Someone who leaves your choice keeps their card on the server as it was: it is no longer updated, never deleted. A contact new on your phone always comes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked, they are copied into each card&apos;s note on your server, and so onto every device that syncs with it. Unchecked, they are taken off it at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What leaves with the cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Another server starts fresh: what was synced with %1 is forgotten here when you save. The cards and events already on that server stay there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Sync Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your contacts and agenda, with your own CalDAV/CardDAV server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the server answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is going on: save when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksTableModel</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail (“your trip to…”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event where you met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you met (“last night”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy until (a date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (the signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First line: Subject: …, then a blank line, then the message. A field is written in braces, such as {First name}: pick it in the list (double-click or Enter). Parts in {% … %} are conditions, as in the built-in texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press New to write a template of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My coffee invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template “%1”? Messages already sent keep their text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today&apos;s suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture people from an event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do today.

This is where the notebook tells you, each morning, who to reach out to: the clients due for a two-minute call (before they are late), a note the day after an event, a coffee invitation about their trip once their busy period is over, asking how it went, and the newsletter for good prospects.

After an event, press Ctrl+E to note who you met and what you talked about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do: %1 · calls due: %2. Enter does the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You started %1 of your contacts over 90 days, %2 over 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Market sweep “%1”: reached %n of %2, by %3.</source>
        <translation>
            <numerusform>Market sweep “%1”: reached %n of %2, by %3.</numerusform>
            <numerusform>Market sweep “%1”: reached %n of %2, by %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;more calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wishes for %1 copied: paste them in a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it again on (e.g. 2027-01-10, mid-January):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put off the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? (travelling, just talked at an event…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayTableModel</name>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffee with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call (due today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call (coming up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for express consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more calls due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market sweep call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more in this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newsletter consent implied, expires %1: ask them to confirm in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less overdue than those above: press Enter to show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press Enter to show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>This notebook is in a %1 folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in a folder that %2 keeps in sync. Sync tools copy the file while the app is writing to it: the copy can be damaged, and using the notebook on two computers leaves conflicting copies, each missing some notes.

Move it to a folder that is not synced? The old file is kept, renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship Notebook is already open on this notebook in another window or by another user; close it first.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open this notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no copy of it on this computer yet to read instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server out of reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this computer&apos;s last copy of the notebook, from %1, to read it? Nothing can be changed in the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only copy from %1: the server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook was upgraded; a copy of the old version is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the notebook to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook was not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old file could not be renamed; it is still at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old file was kept as %1; delete it once you have checked the move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook is now at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backup_ui</name>
    <message>
        <source>Today&apos;s backup of the notebook failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the notebook into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook was backed up to %1 (%2 people, %3 notes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the notebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged: cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored. The notebook as it was is kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebooks (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compose</name>
    <message>
        <source>Business words in an unrelated-topic message: %1. Keep it about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No easy way out: add something like “no pressure” or “when things calm down”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long for a first message: %1 words (aim under 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It suggests a phone call: email lets them answer when they like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It hurries them (%1): a signal leaves them in control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It sounds like a sales pitch (%1): keep it about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This template cannot be used%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>Changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not saved: this was changed elsewhere (in another window or on another computer) after you started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save yours over the other change, or keep the other change? If you keep it, what you typed is put on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <source>You were typing a note for %1 when the app closed: restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were typing a personal detail for %1 when the app closed: restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were typing for %1 when the app closed: restore what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore what you were typing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A cadence is at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cadence is at most ten years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A detail needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note is at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notebook cannot be created at {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot be a duplicate of themself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot be merged with themself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot be referred to themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot introduce themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sweep needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template is at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a checklist item or a day to get back in touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow at least one business day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the notebook file right now: nothing was saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the folder {folder}: it is read-only for you, and {path} needs a folder it can write in (SQLite keeps its journal beside the notebook). This is a permission problem, not damage; the notebook was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a number from {minimum} to {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a number of years from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent cannot be recorded for a day in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} ({name}) is not a likely duplicate: there is no one to merge it with. Choose Create or Skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one has the tag “{tag}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for {account}: keep it in the system keyring (Settings › Mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report can be made for {day}: choose a day from {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is in this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a client can leave: this person is not a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a subscription, a refusal or an unsubscription; not asked is no record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how consent was obtained before subscribing someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the mail is (a folder, a file or a server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which addresses are yours (Settings › Mail, or --me on the command line), so that mail you sent can be told from mail you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who was referred before recording an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why, so you remember when it comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one person to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone to merge into was deleted after the preview was made. Nothing was imported; open the file again for a new preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text outside a card (BEGIN:VCARD … END:VCARD) was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be restored: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be put in place of {path} ({reason}). The notebook as it was is kept at {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} could not be written: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birthday “{birthday}” is not a date; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy {path} failed its check: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current notebook could not be copied to {aside} ({reason}), so the backup was not restored. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to get back in touch must be after the departure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while saving: nothing was saved; check that the drive is connected and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last business day cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail log was stopped before the end; nothing was logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {host} answered with an error: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {host} closed the connection while it was being read. Nothing was logged; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {host} could not be reached over TLS: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {host} refused the user name or the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than {limit} characters; it was cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook cannot be written (its file or folder is read-only, or the drive was unplugged): nothing was saved; make it writable and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook could not be copied to {folder} ({reason}). It stays where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook is already in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook&apos;s server cannot be reached: nothing was saved, and what you typed is still here. Try again once the network or the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of results must be from 1 to {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder to get back in touch needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rewritten copy of {path} failed its check ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server for {path} cannot be reached ({reason}). Check the address and the network, or open a notebook file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the password for {account}. Nothing was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {url} could not be reached; nothing was synced. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {url} has no address book and would not let the app make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {url} refused the user name or password; nothing was synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {url} would not keep a card or an event (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {url} would not send a card (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was stopped; the notebook is as it was. The next sync finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no holiday calendar for “{country}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person {person_id} in this notebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are not profile fields: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These columns are not in the file: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card cannot be read: “{text}” is not a property; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is cut short (no END:VCARD); it was left out. The file may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact has no name, so it cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact has no name: it is named “{name}” after its email address. Check the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row cannot be read ({reason}); it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was changed elsewhere (in another window or on another computer) after you started your change, which was not saved over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write tu or vous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of the table {table} points to one that is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not say which notebook schema it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has tables this version does not know: {tables}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a notebook from a newer version of Relationship Notebook (schema {revision}). Update the app to load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Relationship Notebook JSON export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a notebook JSON file (not valid JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it may not be read here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of Relationship Notebook (format version {version}, this app reads up to {readable}). Update the app to load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its format version is missing or not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row} of the table {table} has fields this version does not know: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row} of the table {table} has no {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row} of the table {table}: {field} is {value}; {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is no longer a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table {table} is not a list of rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table {table} repeats an id, or a row points to one that is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} holds no contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is empty: there are no contacts to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is named like a vCard file but holds no contact card (BEGIN:VCARD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is neither a vCard nor a CSV file of contacts. Export your contacts as vCard (.vcf) or CSV and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is {size} MB; files over {limit} MB are not imported. Export your contacts without photos, or in several files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be loaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}); run `relnotebook check` on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text file (it looks like a picture, a program or a document). Export your contacts as vCard (.vcf) or CSV and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not empty: a copy or a notebook JSON file goes only into a new, empty notebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be opened: SQLite was not allowed to read or lock it ({reason}). This is a permission problem, not damage; the notebook was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be opened: the file {file} beside it cannot be read or written by you (running the app as another user, with sudo for instance, leaves such a file). This is a permission problem, not damage: make the file yours again, then try again. The notebook was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read as mail: it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read to copy it: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} contains a password. Give the address without it: the password is asked for, or read from the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be backed up: it is damaged (SQLite reports: {detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be prepared: {exc}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be rewritten and was left as it was: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be upgraded: {count} links between records would break. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist: there is nothing to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} holds no Thunderbird mail folders (Mail or ImapMail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} holds tables of another application, not a notebook. Use an empty database for a new notebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a database of another application, not a notebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a contacts file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a notebook JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a notebook file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a special file (a pipe, a device or a socket), not a contacts file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged (SQLite reports: {detail}) and was not opened. The file was left exactly as it is; restore a backup to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{stage}” is not a stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a web address (like linkedin.com/in/name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged (SQLite reports: {detail}): nothing more can be saved in it. Restore a backup to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged (SQLite reports: {detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged: {integrity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty or was written by an earlier version: open it once for writing (that sets it up or upgrades it), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty: it is not a notebook yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty: it is not a notebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Maildir (it has no cur or new folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Relationship Notebook file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a server address PostgreSQL understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is on a PostgreSQL server, and this installation has no PostgreSQL driver. Install it with: pip install &apos;relnotebook[postgresql]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is read-only, so it could not be rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is read-only: the notebook needs a folder and file it can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is the notebook itself, not a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is {kind}, not a file: it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is {kind}, not a file: nothing was written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is {kind}, not a notebook JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is {kind}, not a notebook file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} looks damaged and cannot be read ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} names no database: add /dbname at the end of the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Relationship Notebook. Update the app to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Relationship Notebook. Update the app to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by an earlier version: open it in the app once to upgrade it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} It was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} already exists; choose another folder or rename that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{region}” is not a province or state of {country}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{region}” is not a country code such as CA or FR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” has no month {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a date I can read. Try 2026-12-15, 15 Dec or mid-December.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a day of that month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Acquaintance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hobby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>newsletter</name>
    <message>
        <source>Express, in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express, verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implied: business relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implied: inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>referrals</name>
    <message>
        <source>Reciprocal arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust (spontaneous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership (multidisciplinary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became a client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sending</name>
    <message>
        <source>Mark as sent with these warnings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check still finds this in your message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark it as sent anyway? Choose No to edit it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail app could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail app opened for this message: none may be set up on this computer. Save it as an .eml file (your mail app opens it as a draft), or copy it and paste it into your webmail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signals</name>
    <message>
        <source>No answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied (found in your mail)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <source>Next-day note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffee invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask how it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next-day thank-you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replied to your coffee invitation on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replied to your newsletter offer on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replied to your message on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coffee planned for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up planned for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met at %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentioned: %1, ended %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentioned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good prospect, never offered the newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: closed until %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turns %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1 days (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late or promised today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market sweep calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents to ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact logged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they called the last two times: call them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the selected one (the first button)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call: log a call with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write: a message to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now: show it again later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
