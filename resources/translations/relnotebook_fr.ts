<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddressChoice</name>
    <message>
        <source>Form of address</source>
        <translation>Tu ou vous</translation>
    </message>
    <message>
        <source>« tu »</source>
        <translation>« tu »</translation>
    </message>
    <message>
        <source>« vous »</source>
        <translation>« vous »</translation>
    </message>
    <message>
        <source>Remem&amp;ber for this person</source>
        <translation>&amp;Garder pour cette personne</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>None (weekends only)</source>
        <translation>Aucun (fins de semaine seulement)</translation>
    </message>
    <message>
        <source>Statutory &amp;holidays of</source>
        <translation>&amp;Jours fériés de</translation>
    </message>
    <message>
        <source>&amp;Province or state</source>
        <translation>&amp;Province ou État</translation>
    </message>
    <message>
        <source>A call, a task or a sweep deadline on a weekend or a holiday shows as due on the last business day before it, so the calls happen before the long weekend.</source>
        <translation>Un appel, une tâche ou l’échéance d’une tournée qui tombe une fin de semaine ou un jour férié est à faire le dernier jour ouvrable d’avant : les appels se font avant le long congé.</translation>
    </message>
    <message>
        <source>Clients only</source>
        <translation>Clients seulement</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Nobody (off)</source>
        <translation>Personne (désactivé)</translation>
    </message>
    <message>
        <source>&amp;Birthdays and anniversaries on Today</source>
        <translation>&amp;Anniversaires dans Aujourd’hui</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> jours à l&apos;avance</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Les montrer</translation>
    </message>
    <message>
        <source>National holidays only</source>
        <translation>Jours fériés nationaux seulement</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Call with %1</source>
        <translation>Appel avec %1</translation>
    </message>
    <message>
        <source>%1 · no phone number in the notebook</source>
        <translation>%1 · aucun numéro de téléphone dans le carnet</translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation>Durée de l&apos;appel</translation>
    </message>
    <message>
        <source>&amp;Reached</source>
        <translation>&amp;Joint</translation>
    </message>
    <message>
        <source>Left a &amp;message</source>
        <translation>Message &amp;laissé</translation>
    </message>
    <message>
        <source>No &amp;answer</source>
        <translation>&amp;Pas de réponse</translation>
    </message>
    <message>
        <source>I &amp;called</source>
        <translation>J&apos;ai &amp;appelé</translation>
    </message>
    <message>
        <source>&amp;They called</source>
        <translation>&amp;On m&apos;a appelé</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>M&amp;eeting</source>
        <translation>&amp;Rencontre</translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation>&amp;Vidéo</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>Date of the call</source>
        <translation>Date de l&apos;appel</translation>
    </message>
    <message>
        <source>What was said (optional), then Enter</source>
        <translation>Ce qui a été dit (facultatif), puis Entrée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Who called</source>
        <translation>Qui a appelé</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>To open the call (no agenda: they lead)</source>
        <translation>Pour ouvrir l’appel (sans ordre du jour&#xa0;: la personne mène)</translation>
    </message>
    <message>
        <source>Or ask about what they told you: %1</source>
        <translation>Ou prenez des nouvelles de ce qu’on vous a raconté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Two minutes: wrap up, unless they want to talk.</source>
        <translation>Deux minutes&#xa0;: concluez, à moins que la personne veuille continuer.</translation>
    </message>
    <message>
        <source>Two minutes soon.</source>
        <translation>Bientôt deux minutes.</translation>
    </message>
</context>
<context>
    <name>CallsController</name>
    <message>
        <source>Export the next 90 days</source>
        <translation>Exporter les 90 prochains jours</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>The calendar could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer le calendrier&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 calendar entries saved to %2. It holds names: keep it private.</source>
        <translation>%1 entrées de calendrier enregistrées dans %2. Il contient des noms&#xa0;: gardez-le confidentiel.</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>People met at %1</source>
        <translation>Personnes rencontrées à %1</translation>
    </message>
    <message>
        <source>New event: who did you meet?</source>
        <translation>Nouvel événement&#xa0;: qui avez-vous rencontré?</translation>
    </message>
    <message>
        <source>e.g. Chamber of commerce cocktail</source>
        <translation>p. ex. cocktail de la chambre de commerce</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Date de l&apos;événement</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>É&amp;vénement</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Personnes rencontrées</translation>
    </message>
    <message>
        <source>One row per person. Tab moves to the next field, Enter starts the next person, Ctrl+S saves everyone. “Busy until” understands dates like 2026-12-15, 15 Dec, mid-December or après les Fêtes.</source>
        <translation>Une ligne par personne. Tab passe au champ suivant, Entrée commence la personne suivante, Ctrl+S enregistre tout le monde. «&#xa0;Occupé jusqu&apos;au&#xa0;» comprend des dates comme 2026-12-15, 15 déc., mi-décembre ou après les Fêtes.</translation>
    </message>
    <message>
        <source>&amp;More…</source>
        <translation>&amp;Plus…</translation>
    </message>
    <message>
        <source>Save, then open this person&apos;s profile for the rest of their card</source>
        <translation>Enregistrer, puis ouvrir le profil de cette personne pour le reste de sa fiche</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Ligne %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Give the event a name first.</source>
        <translation>Donnez d&apos;abord un nom à l&apos;événement.</translation>
    </message>
    <message>
        <source>Type at least one person before saving.</source>
        <translation>Entrez au moins une personne avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Capture at %1</source>
        <translation>Saisie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save the people you typed?</source>
        <translation>Enregistrer les personnes entrées?</translation>
    </message>
    <message>
        <source>You typed people who are not saved yet. Save them before closing?</source>
        <translation>Vous avez entré des personnes qui ne sont pas encore enregistrées. Les enregistrer avant de fermer?</translation>
    </message>
</context>
<context>
    <name>CaptureRowsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>What you talked about</source>
        <translation>Sujets abordés</translation>
    </message>
    <message>
        <source>Busy until</source>
        <translation>Occupé jusqu&apos;au</translation>
    </message>
    <message>
        <source>Website or LinkedIn</source>
        <translation>Site web ou LinkedIn</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Tu/vous</source>
        <translation>Tu/vous</translation>
    </message>
    <message>
        <source>In a message</source>
        <translation>Dans un message</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>Compris comme&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CardModel</name>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Address or link</source>
        <translation>Adresse ou lien</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <source>Addresses and links</source>
        <translation>Adresses et liens</translation>
    </message>
    <message>
        <source>Add &amp;address…</source>
        <translation>Ajouter une a&amp;dresse…</translation>
    </message>
    <message>
        <source>Add &amp;website…</source>
        <translation>Ajouter un site &amp;web…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Enlever</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Province or state</source>
        <translation>Province ou État</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Add an address</source>
        <translation>Ajouter une adresse</translation>
    </message>
    <message>
        <source>Add a website</source>
        <translation>Ajouter un site web</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>Adresse (URL)</translation>
    </message>
</context>
<context>
    <name>CheckinsPanel</name>
    <message>
        <source>Tier</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Aucune catégorie</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Catégorie %1</translation>
    </message>
    <message>
        <source>Own cadence in days</source>
        <translation>Fréquence propre, en jours</translation>
    </message>
    <message>
        <source>tier&apos;s cadence</source>
        <translation>fréquence de la catégorie</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Contacts logged</source>
        <translation>Contacts consignés</translation>
    </message>
    <message>
        <source>&amp;Log call…</source>
        <translation>&amp;Noter un appel…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>They &amp;called me…</source>
        <translation>&amp;On m&apos;a appelé…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>New task, then Enter</source>
        <translation>Nouvelle tâche, puis Entrée</translation>
    </message>
    <message>
        <source>Task due on</source>
        <translation>Échéance de la tâche</translation>
    </message>
    <message>
        <source>Client is &amp;leaving…</source>
        <translation>&amp;Départ du client…</translation>
    </message>
    <message>
        <source>Check in:</source>
        <translation>Appels de suivi&#xa0;:</translation>
    </message>
    <message>
        <source>No regular check-ins (only clients have them, or give a cadence).</source>
        <translation>Aucun appel de suivi régulier (réservé aux clients, ou indiquez une fréquence).</translation>
    </message>
    <message>
        <source>Next call due %1 (every %2 days)%3.</source>
        <translation>Prochain appel prévu le %1 (tous les %2 jours)%3.</translation>
    </message>
    <message>
        <source>: overdue</source>
        <translation>&#xa0;: en retard</translation>
    </message>
    <message>
        <source>Put off until %1: %2.</source>
        <translation>Reporté au %1&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>You started %1 of your contacts over 90 days (%2 of %n: calls and meetings logged, and messages sent), %3 over 12 months.</source>
        <translation>
            <numerusform>Vous avez pris l&apos;initiative de %1 de vos contacts sur 90 jours (%2 sur %n&#xa0;: appels et rencontres notés, et messages envoyés), %3 sur 12 mois.</numerusform>
            <numerusform>Vous avez pris l&apos;initiative de %1 de vos contacts sur 90 jours (%2 sur %n&#xa0;: appels et rencontres notés, et messages envoyés), %3 sur 12 mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>They started the last two contacts: call them first next time.</source>
        <translation>C&apos;est la personne qui a pris l&apos;initiative des deux derniers contacts&#xa0;: appelez-la en premier la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>CoffeeDialog</name>
    <message>
        <source>Coffee with %1</source>
        <translation>Café avec %1</translation>
    </message>
    <message>
        <source>Date of the coffee</source>
        <translation>Date du café</translation>
    </message>
    <message>
        <source>Where, what time (optional)</source>
        <translation>Où, à quelle heure (facultatif)</translation>
    </message>
    <message>
        <source>They would like a coffee. When is it?</source>
        <translation>La personne aimerait prendre un café. Quand?</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Où</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Message to %1</source>
        <translation>Message à %1</translation>
    </message>
    <message>
        <source>⚠ %1 has no email address in the notebook: use Copy, and paste the message where you reach them.</source>
        <translation>⚠ %1 n&apos;a aucune adresse courriel dans le carnet&#xa0;: utilisez Copier, puis collez le message là où vous joignez cette personne.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>No detail</source>
        <translation>Aucun détail</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Open in &amp;mail app</source>
        <translation>&amp;Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Save as .&amp;eml…</source>
        <translation>&amp;Enregistrer en .eml…</translation>
    </message>
    <message>
        <source>Mark as &amp;sent</source>
        <translation>Marquer comme en&amp;voyé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Détail</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>F&amp;orm of address</source>
        <translation>&amp;Tu ou vous</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>O&amp;bjet</translation>
    </message>
    <message>
        <source>%1 (yours, %2)</source>
        <translation>%1 (le vôtre, %2)</translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>Garder mon texte</translation>
    </message>
    <message>
        <source>Replace your text?</source>
        <translation>Remplacer votre texte?</translation>
    </message>
    <message>
        <source>You edited the message. Replace it with a new draft?</source>
        <translation>Vous avez modifié le message. Le remplacer par une nouvelle ébauche?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Discard your message?</source>
        <translation>Abandonner votre message?</translation>
    </message>
    <message>
        <source>You edited this message and did not mark it as sent. Discard it?</source>
        <translation>Vous avez modifié ce message sans le marquer comme envoyé. L&apos;abandonner?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>⚠ Before you send it, read it again: it may put pressure on them.</source>
        <translation>⚠ Avant de l’envoyer, relisez-le&#xa0;: il pourrait mettre de la pression.</translation>
    </message>
    <message>
        <source>✓ Low pressure: about them, short, easy to decline.</source>
        <translation>✓ Sans pression&#xa0;: centré sur la personne, court, facile à décliner.</translation>
    </message>
    <message>
        <source>Handed to your mail app: send it from there.</source>
        <translation>Remis à votre logiciel de courriel&#xa0;: envoyez-le de là.</translation>
    </message>
    <message>
        <source>⚠ Your mail app could not be opened.</source>
        <translation>⚠ Votre logiciel de courriel n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Copied. Paste it where you reach %1.</source>
        <translation>Copié. Collez-le là où vous joignez %1.</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Enregistrer le message</translation>
    </message>
    <message>
        <source>Email (*.eml)</source>
        <translation>Courriel (*.eml)</translation>
    </message>
    <message>
        <source>⚠ Could not save: %1</source>
        <translation>⚠ Enregistrement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved to %1. Open it with your mail app.</source>
        <translation>Enregistré dans %1. Ouvrez-le avec votre logiciel de courriel.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a Server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Open a notebook kept in a PostgreSQL database, to use it from several computers. Type its address; the password, if the server wants one, is asked next.</source>
        <translation>Ouvrir un carnet conservé dans une base PostgreSQL, pour l&apos;utiliser depuis plusieurs ordinateurs. Tapez son adresse&#xa0;; le mot de passe, si le serveur en demande un, est demandé ensuite.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ConnectorsTableModel</name>
    <message>
        <source>Trusted connector</source>
        <translation>Connecteur de confiance</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernière</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Newsletter: %1</source>
        <translation>Infolettre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>e.g. said yes at the chamber of commerce cocktail</source>
        <translation>p. ex. a dit oui au cocktail de la chambre de commerce</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Réponse</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Consentement</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Them</source>
        <translation>L&apos;autre</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Select a person first (People, Ctrl+2).</source>
        <translation>Sélectionnez d&apos;abord une personne (Personnes, Ctrl+2).</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>2026-11-20, yesterday, 20 Nov…</source>
        <translation>2026-11-20, hier, 20 nov.…</translation>
    </message>
    <message>
        <source>A date is needed.</source>
        <translation>Une date est requise.</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>pas une date</translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <source>%1 is leaving</source>
        <translation>Départ de %1</translation>
    </message>
    <message>
        <source>Get back in touch on</source>
        <translation>Reprendre contact le</translation>
    </message>
    <message>
        <source>Don&apos;t try to hold them back: make sure the transfer goes well. They become a former client, stay on your mailing list, and you get back in touch later.</source>
        <translation>N&apos;essayez pas de retenir la personne&#xa0;: veillez plutôt à ce que le transfert se passe bien. Elle devient un ancien client, reste sur votre liste d&apos;envoi, et vous reprenez contact plus tard.</translation>
    </message>
    <message>
        <source>Tasks (one per line)</source>
        <translation>Tâches (une par ligne)</translation>
    </message>
    <message>
        <source>Get back in &amp;touch on</source>
        <translation>&amp;Reprendre contact le</translation>
    </message>
    <message>
        <source>Get back in touch</source>
        <translation>Reprendre contact</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Personal details</source>
        <translation>Détails personnels</translation>
    </message>
    <message>
        <source>New detail: a trip, a hobby, family news… then Enter</source>
        <translation>Nouveau détail&#xa0;: un voyage, un passe-temps, des nouvelles de la famille… puis Entrée</translation>
    </message>
    <message>
        <source>New personal detail</source>
        <translation>Nouveau détail personnel</translation>
    </message>
    <message>
        <source>until… (optional)</source>
        <translation>jusqu&apos;au… (facultatif)</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Delete detail</source>
        <translation>Supprimer le détail</translation>
    </message>
    <message>
        <source>In a message: %1</source>
        <translation>Dans un message : %1</translation>
    </message>
    <message>
        <source>In a message: no mention (the message will not need one)</source>
        <translation>Dans un message : aucune mention (le message n’en aura pas besoin)</translation>
    </message>
</context>
<context>
    <name>DetailsTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Mentioned</source>
        <translation>Mentionné le</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>In a message</source>
        <translation>Dans un message</translation>
    </message>
</context>
<context>
    <name>DueReminder</name>
    <message>
        <source>Relationship Notebook</source>
        <translation>Relationship Notebook</translation>
    </message>
    <message numerus="yes">
        <source>%n things to do today. Click to open Today.</source>
        <translation>
            <numerusform>%n chose à faire aujourd&apos;hui. Cliquez pour ouvrir Aujourd&apos;hui.</numerusform>
            <numerusform>%n choses à faire aujourd&apos;hui. Cliquez pour ouvrir Aujourd&apos;hui.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>same email</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>même numéro de téléphone</translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translation>même nom et même organisation</translation>
    </message>
    <message>
        <source>close names</source>
        <translation>noms semblables</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Trouver des doublons</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;Pas un doublon</translation>
    </message>
    <message>
        <source>They are two people: the pair is not listed again (Ctrl+Z lists it again).</source>
        <translation>Ce sont deux personnes&#xa0;: la paire n’est plus proposée (Ctrl+Z la propose de nouveau).</translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation>Recherche des doublons probables…</translation>
    </message>
    <message>
        <source>The duplicates could not be looked for: %1</source>
        <translation>Les doublons n’ont pas pu être recherchés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate pair(s). Choose one to compare and merge.</source>
        <translation>
            <numerusform>%n doublon probable. Choisissez-en un pour comparer et fusionner.</numerusform>
            <numerusform>%n doublons probables. Choisissez-en un pour comparer et fusionner.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates: no two people share an email, a phone number or a name.</source>
        <translation>Aucun doublon probable : personne ne partage un courriel, un numéro de téléphone ou un nom.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>“%1” could not be undone or redone (%2). Nothing was changed; the undo history was cleared.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pu être annulé ni rétabli (%2). Rien n&apos;a été modifié; l&apos;historique d&apos;annulation a été vidé.</translation>
    </message>
    <message>
        <source>Add %s</source>
        <translation>Ajout de %s</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Modification de la personne</translation>
    </message>
    <message>
        <source>Delete %s</source>
        <translation>Suppression de %s</translation>
    </message>
    <message>
        <source>Add detail</source>
        <translation>Ajout d&apos;un détail</translation>
    </message>
    <message>
        <source>Edit detail</source>
        <translation>Modification d&apos;un détail</translation>
    </message>
    <message>
        <source>Delete detail</source>
        <translation>Suppression d&apos;un détail</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajout d&apos;une note</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modification d&apos;une note</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Suppression d&apos;une note</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ajout d&apos;un événement</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Modification d&apos;un événement</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Contact consigné</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Suppression d&apos;un contact</translation>
    </message>
    <message>
        <source>Change check-ins</source>
        <translation>Modification des appels de suivi</translation>
    </message>
    <message>
        <source>Put off a check-in</source>
        <translation>Report d&apos;un appel de suivi</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajout d&apos;une tâche</translation>
    </message>
    <message>
        <source>Tick a task</source>
        <translation>Tâche cochée</translation>
    </message>
    <message>
        <source>Move a task</source>
        <translation>Déplacement d&apos;une tâche</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Suppression d&apos;une tâche</translation>
    </message>
    <message>
        <source>%1 is leaving</source>
        <translation>Départ de %1</translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation>Ajout d&apos;une recommandation</translation>
    </message>
    <message>
        <source>Delete referral</source>
        <translation>Suppression d&apos;une recommandation</translation>
    </message>
    <message>
        <source>Merge two people</source>
        <translation>Fusion de deux personnes</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Pas un doublon</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>%1 notes</source>
        <translation>%1 notes</translation>
    </message>
    <message>
        <source>%1 personal details</source>
        <translation>%1 détails personnels</translation>
    </message>
    <message>
        <source>%1 messages sent</source>
        <translation>%1 messages envoyés</translation>
    </message>
    <message>
        <source>%1 logged calls and meetings</source>
        <translation>%1 appels et rencontres consignés</translation>
    </message>
    <message>
        <source>%1 emails and phones</source>
        <translation>%1 courriels et téléphones</translation>
    </message>
    <message>
        <source>%1 tags</source>
        <translation>%1 étiquettes</translation>
    </message>
    <message>
        <source>%1 event attendances</source>
        <translation>%1 participations à des événements</translation>
    </message>
    <message>
        <source>%1 follow-ups</source>
        <translation>%1 suivis</translation>
    </message>
    <message>
        <source>%1 reminders put off</source>
        <translation>%1 rappels reportés</translation>
    </message>
    <message>
        <source>%1 check-in plan</source>
        <translation>%1 plan d&apos;appels de suivi</translation>
    </message>
    <message>
        <source>%1 call-round entries</source>
        <translation>%1 entrées de tournée d&apos;appels</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 tâches</translation>
    </message>
    <message>
        <source>%1 consent records</source>
        <translation>%1 registres de consentement</translation>
    </message>
    <message>
        <source>%1 referrals they made or received</source>
        <translation>%1 recommandations faites ou reçues</translation>
    </message>
    <message>
        <source>Copies made elsewhere (Back Up Now to another folder, exports) still hold them: the app cannot reach those; delete them, or erase the person there too.</source>
        <translation>Les copies faites ailleurs (Sauvegarder maintenant dans un autre dossier, exportations) contiennent encore ses données&#xa0;: l&apos;application ne peut pas les atteindre; supprimez-les, ou effacez-y aussi la personne.</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportation</translation>
    </message>
    <message>
        <source>calendar file</source>
        <translation>fichier d&apos;agenda</translation>
    </message>
    <message>
        <source>newsletter list</source>
        <translation>liste d&apos;envoi de l&apos;infolettre</translation>
    </message>
    <message>
        <source>folder of a dossier</source>
        <translation>dossier d&apos;une exportation de renseignements</translation>
    </message>
    <message>
        <source>message saved as .eml</source>
        <translation>message enregistré en .eml</translation>
    </message>
    <message>
        <source>These copies made with the app outside its folders may still hold them; the app cannot reach them: delete them, or erase the person there too.</source>
        <translation>Ces copies faites avec l&apos;application hors de ses dossiers peuvent encore contenir ses données; l&apos;application ne peut pas les atteindre&#xa0;: supprimez-les, ou effacez-y aussi la personne.</translation>
    </message>
    <message>
        <source>written %1</source>
        <translation>écrite le %1</translation>
    </message>
    <message>
        <source>its folder cannot be reached now</source>
        <translation>son dossier est inaccessible pour l&apos;instant</translation>
    </message>
    <message>
        <source>Copies made by other means (copied by hand, sent by mail) are out of reach too.</source>
        <translation>Les copies faites autrement (copiées à la main, envoyées par courriel) sont hors d&apos;atteinte elles aussi.</translation>
    </message>
    <message>
        <source>Their card on your sync server was deleted too.</source>
        <translation>Sa fiche sur votre serveur de synchronisation a aussi été supprimée.</translation>
    </message>
    <message>
        <source>Their card on your sync server could not be deleted now; it will be at the next sync.</source>
        <translation>Sa fiche sur votre serveur de synchronisation n’a pas pu être supprimée maintenant ; elle le sera à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>%1 backups and copies of the notebook were rewritten without them.</source>
        <translation>%1 sauvegardes et copies du carnet ont été réécrites sans ses données.</translation>
    </message>
    <message>
        <source>%1 unsaved drafts about them were dropped.</source>
        <translation>%1 brouillons non enregistrés à son sujet ont été supprimés.</translation>
    </message>
    <message>
        <source>These copies could not be rewritten and may still hold them:</source>
        <translation>Ces copies n&apos;ont pas pu être réécrites et contiennent peut-être encore ses données&#xa0;:</translation>
    </message>
    <message>
        <source>%1 was erased, with %2 records about them.</source>
        <translation>Effacement de %1 terminé, avec %2 éléments à son sujet.</translation>
    </message>
    <message>
        <source>%1 other records still mention their name; search for it to review them.</source>
        <translation>%1 autres éléments mentionnent encore son nom; recherchez-le pour les vérifier.</translation>
    </message>
    <message>
        <source>Another program is reading the notebook: traces may stay in its log file until that program closes it.</source>
        <translation>Un autre programme lit le carnet&#xa0;: des traces peuvent rester dans son fichier journal jusqu&apos;à ce qu&apos;il le ferme.</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Effacer %1</translation>
    </message>
    <message>
        <source> with %1 records about them: %2</source>
        <translation> ainsi que %1 éléments à son sujet&#xa0;: %2</translation>
    </message>
    <message>
        <source>This erases %1 for good%2. Their entries in search go too, and the notebook file is cleaned so that no readable trace is left. This cannot be undone.</source>
        <translation>Cette opération efface définitivement %1%2. Ses entrées dans la recherche disparaissent aussi, et le fichier du carnet est nettoyé pour ne laisser aucune trace lisible. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>%1 referrals of them by other people stay in those people&apos;s history, without their name or note.</source>
        <translation>%1 recommandations de cette personne faites par d&apos;autres restent dans leur historique, sans son nom ni la note.</translation>
    </message>
    <message>
        <source>%1 people they introduced stay, without the link to them.</source>
        <translation>%1 personnes qu&apos;elle a présentées restent, sans le lien vers elle.</translation>
    </message>
    <message>
        <source>Nothing about them is kept.</source>
        <translation>Rien à son sujet n&apos;est conservé.</translation>
    </message>
    <message>
        <source>If they asked for their information too, export it first (Export everything about this person).</source>
        <translation>Si la personne a aussi demandé ses renseignements, exportez-les d&apos;abord (Exporter tout sur cette personne).</translation>
    </message>
    <message>
        <source>The %1 backups and copies of this notebook that the app keeps are rewritten without them, and what was being typed about them is dropped.</source>
        <translation>Les %1 sauvegardes et copies de ce carnet que garde l&apos;application sont réécrites sans ses données, et ce qui était en cours de saisie à son sujet est supprimé.</translation>
    </message>
    <message>
        <source>What was being typed about them is dropped.</source>
        <translation>Ce qui était en cours de saisie à son sujet est supprimé.</translation>
    </message>
    <message>
        <source>Their name, to confirm</source>
        <translation>Son nom, pour confirmer</translation>
    </message>
    <message>
        <source>&amp;Type their name, %1, to confirm:</source>
        <translation>&amp;Tapez son nom, %1, pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
    <message>
        <source>Rewriting the backups and copies of the notebook without them: %1 of %2…</source>
        <translation>Réécriture des sauvegardes et copies du carnet sans ses données&#xa0;: %1 sur %2…</translation>
    </message>
    <message>
        <source>Rewriting the backups and copies of the notebook without them…</source>
        <translation>Réécriture des sauvegardes et copies du carnet sans ses données…</translation>
    </message>
    <message>
        <source>The backups and copies of the notebook could not be rewritten (%1): they may still hold them.</source>
        <translation>Les sauvegardes et copies du carnet n&apos;ont pas pu être réécrites (%1)&#xa0;: elles contiennent peut-être encore ses données.</translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <source>Event date</source>
        <translation>Date de l&apos;événement</translation>
    </message>
    <message>
        <source>Notes about the event itself</source>
        <translation>Notes sur l&apos;événement lui-même</translation>
    </message>
    <message>
        <source>People met at this event</source>
        <translation>Personnes rencontrées à cet événement</translation>
    </message>
    <message>
        <source>Add people met here…</source>
        <translation>Ajouter des personnes rencontrées ici…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Delete event…</source>
        <translation>Supprimer l&apos;événement…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>People met there: %1</source>
        <translation>Personnes rencontrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nobody recorded yet: use “Add people met here…”.</source>
        <translation>Personne d&apos;inscrit pour l&apos;instant&#xa0;: utilisez «&#xa0;Ajouter des personnes rencontrées ici…&#xa0;».</translation>
    </message>
</context>
<context>
    <name>EventsController</name>
    <message>
        <source>People saved: %1.</source>
        <translation>Personnes enregistrées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1?</translation>
    </message>
    <message>
        <source>Delete the event %1? The people you met there and your notes stay. You can undo this with Ctrl+Z.</source>
        <translation>Supprimer l&apos;événement %1? Les personnes que vous y avez rencontrées et vos notes sont conservées. Vous pourrez annuler avec Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>No events yet.

Back from a cocktail or a conference? Press Ctrl+E to note who you met there and what you talked about.</source>
        <translation>Aucun événement pour l&apos;instant.

De retour d&apos;un cocktail ou d&apos;une conférence? Appuyez sur Ctrl+E pour noter qui vous y avez rencontré et de quoi vous avez parlé.</translation>
    </message>
    <message>
        <source>&amp;Capture people from an event…</source>
        <translation>Noter les personnes d&apos;un &amp;événement…</translation>
    </message>
    <message>
        <source>Select an event to see who you met there.</source>
        <translation>Sélectionnez un événement pour voir qui vous y avez rencontré.</translation>
    </message>
</context>
<context>
    <name>EventsTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Personnes rencontrées</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <source>Exported to %1. It holds personal information: keep it private.</source>
        <translation>Exporté dans %1. Contient des renseignements personnels&#xa0;: gardez-le confidentiel.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv);;All files (*)</source>
        <translation>Contacts (*.vcf *.vcard *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>vCard, for an address book (.vcf)</source>
        <translation>vCard, pour un carnet d&apos;adresses (.vcf)</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet (.csv)</source>
        <translation>CSV, pour un tableur (.csv)</translation>
    </message>
    <message>
        <source>Notebook JSON: everything, to restore or archive</source>
        <translation>JSON du carnet&#xa0;: tout, pour restaurer ou archiver</translation>
    </message>
    <message>
        <source>&amp;All people (%1)</source>
        <translation>&amp;Toutes les personnes (%1)</translation>
    </message>
    <message>
        <source>The &amp;selected people (%1)</source>
        <translation>Les personnes &amp;sélectionnées (%1)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>The whole notebook: everyone, notes, messages, referrals and settings. It loads back into a new, empty notebook.</source>
        <translation>Le carnet entier&#xa0;: tout le monde, notes, messages, recommandations et paramètres. Il peut être rechargé dans un nouveau carnet vide.</translation>
    </message>
    <message>
        <source>To export only some people, select them in the People list first.</source>
        <translation>Pour n&apos;exporter que certaines personnes, sélectionnez-les d&apos;abord dans la liste Personnes.</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Notebook JSON (*.json)</source>
        <translation>JSON du carnet (*.json)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>That file is the notebook itself; choose another name.</source>
        <translation>Ce fichier est le carnet lui-même; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportation annulée; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The whole notebook (%1 people) was saved to %2.</source>
        <translation>Le carnet entier (%1 personnes) a été enregistré dans %2.</translation>
    </message>
    <message>
        <source>%1 people saved to %2.</source>
        <translation>%1 personnes enregistrées dans %2.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L&apos;exportation a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts from %1</source>
        <translation>Importer des contacts de %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom de famille</translation>
    </message>
    <message>
        <source>F&amp;ull name (when first and last are not apart)</source>
        <translation>Nom &amp;complet (si prénom et nom ne sont pas séparés)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Role or title</source>
        <translation>&amp;Fonction ou titre</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>Co&amp;urriel</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>Not&amp;e</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>&amp;Date de naissance</translation>
    </message>
    <message>
        <source>Show the &amp;preview</source>
        <translation>Afficher l&apos;&amp;aperçu</translation>
    </message>
    <message>
        <source>Contacts in the file</source>
        <translation>Contacts du fichier</translation>
    </message>
    <message>
        <source>&amp;Create a new person</source>
        <translation>&amp;Créer une nouvelle personne</translation>
    </message>
    <message>
        <source>&amp;Merge into the existing person</source>
        <translation>&amp;Fusionner avec la personne existante</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Likely duplicates are skipped unless you choose otherwise: select rows and press C to create, M to merge into the existing person, S to skip (or use the Do column).</source>
        <translation>Les doublons probables sont ignorés, sauf indication contraire&#xa0;: sélectionnez des lignes et appuyez sur C pour créer, M pour fusionner avec la personne existante (merge), S pour ignorer (skip), ou utilisez la colonne Action.</translation>
    </message>
    <message>
        <source>Change the &amp;columns…</source>
        <translation>Changer les co&amp;lonnes…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose another file: a vCard (.vcf) or CSV export of your contacts.</source>
        <translation>Choisissez un autre fichier&#xa0;: une exportation vCard (.vcf) ou CSV de vos contacts.</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicates</source>
        <translation>
            <numerusform>%n doublon probable</numerusform>
            <numerusform>%n doublons probables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be imported</source>
        <translation>
            <numerusform>%n impossible à importer</numerusform>
            <numerusform>%n impossibles à importer</numerusform>
        </translation>
    </message>
    <message>
        <source>The columns of this file were not recognised. Choose which column holds each field; a name column is needed (first and last name, or the full name).</source>
        <translation>Les colonnes de ce fichier n&apos;ont pas été reconnues. Choisissez la colonne qui contient chaque champ; il faut une colonne de nom (prénom et nom de famille, ou nom complet).</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(absent de ce fichier)</translation>
    </message>
    <message>
        <source>Choose the column that holds the name: first name, last name or full name.</source>
        <translation>Choisissez la colonne qui contient le nom&#xa0;: prénom, nom de famille ou nom complet.</translation>
    </message>
    <message>
        <source>Import will create %1, merge %2 and skip %3.</source>
        <translation>L&apos;importation créera %1, fusionnera %2 et ignorera %3.</translation>
    </message>
    <message>
        <source>Nothing in this file can be imported: each row&apos;s problem is in the list.</source>
        <translation>Rien dans ce fichier ne peut être importé&#xa0;: le problème de chaque ligne figure dans la liste.</translation>
    </message>
    <message>
        <source>Every row is skipped: choose Create or Merge for the ones to bring in.</source>
        <translation>Toutes les lignes sont ignorées&#xa0;: choisissez Créer ou Fusionner pour celles à importer.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Importing contacts</source>
        <translation>Importation des contacts</translation>
    </message>
    <message>
        <source>Done: %1 created, %2 merged, %3 skipped, %4 could not be imported.</source>
        <translation>Terminé&#xa0;: %1 créés, %2 fusionnés, %3 ignorés, %4 impossibles à importer.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importation annulée&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The import failed (%1); nothing was changed.</source>
        <translation>L&apos;importation a échoué (%1); rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Error, line %1: %2</source>
        <translation>Erreur, ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Duplicate of %1 (same email)</source>
        <translation>Doublon de %1 (même courriel)</translation>
    </message>
    <message>
        <source>Duplicate of %1 (same phone number)</source>
        <translation>Doublon de %1 (même numéro de téléphone)</translation>
    </message>
    <message>
        <source>Duplicate of %1 (same name and organisation)</source>
        <translation>Doublon de %1 (même nom et même organisation)</translation>
    </message>
    <message>
        <source>Same as line %1 (same email)</source>
        <translation>Identique à la ligne %1 (même courriel)</translation>
    </message>
    <message>
        <source>Same as line %1 (same phone number)</source>
        <translation>Comme la ligne %1 (même numéro de téléphone)</translation>
    </message>
    <message>
        <source>Same as line %1 (same name and organisation)</source>
        <translation>Identique à la ligne %1 (même nom et même organisation)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
</context>
<context>
    <name>MailController</name>
    <message>
        <source>Reading mail…</source>
        <translation>Lecture du courrier…</translation>
    </message>
    <message>
        <source>Reading mail… %1%</source>
        <translation>Lecture du courrier… %1%</translation>
    </message>
    <message>
        <source>Mail: %1 contacts logged with %2 people</source>
        <translation>Courrier&#xa0;: %1 contacts consignés avec %2 personnes</translation>
    </message>
    <message>
        <source>; replies from %1</source>
        <translation>; réponses de %1</translation>
    </message>
    <message>
        <source>Mail reading stopped; nothing was logged.</source>
        <translation>Lecture du courrier arrêtée; rien n&apos;a été consigné.</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Mail</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Add &amp;IMAP account…</source>
        <translation>Ajouter un compte &amp;IMAP…</translation>
    </message>
    <message>
        <source>Add &amp;Thunderbird profile…</source>
        <translation>Ajouter un profil &amp;Thunderbird…</translation>
    </message>
    <message>
        <source>Add &amp;Maildir…</source>
        <translation>Ajouter un &amp;Maildir…</translation>
    </message>
    <message>
        <source>Add mbo&amp;x file…</source>
        <translation>Ajouter un fichier mbo&amp;x…</translation>
    </message>
    <message>
        <source>Add .&amp;eml folder…</source>
        <translation>Ajouter un dossier .&amp;eml…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Mailboxes read (headers only; nothing is written)</source>
        <translation>Boîtes lues (en-têtes seulement; rien n&apos;y est écrit)</translation>
    </message>
    <message>
        <source>Keep the &amp;subject in the contact&apos;s note</source>
        <translation>Garder l&apos;&amp;objet dans la note du contact</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>My &amp;addresses (one a line)</source>
        <translation>Mes &amp;adresses (une par ligne)</translation>
    </message>
    <message>
        <source>First read goes back</source>
        <translation>La première lecture remonte à</translation>
    </message>
    <message>
        <source>Read again every</source>
        <translation>Relire toutes les</translation>
    </message>
    <message>
        <source>Read &amp;now</source>
        <translation>&amp;Lire maintenant</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>People you write to often, not in the notebook</source>
        <translation>Personnes à qui vous écrivez souvent, absentes du carnet</translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <source>Thunderbird</source>
        <translation>Thunderbird</translation>
    </message>
    <message>
        <source>Maildir</source>
        <translation>Maildir</translation>
    </message>
    <message>
        <source>mbox</source>
        <translation>mbox</translation>
    </message>
    <message>
        <source>.eml folder</source>
        <translation>dossier .eml</translation>
    </message>
    <message>
        <source>Choose an mbox file</source>
        <translation>Choisir un fichier mbox</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <source>IMAP account</source>
        <translation>Compte IMAP</translation>
    </message>
    <message>
        <source>Server (TLS)</source>
        <translation>Serveur (TLS)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password (kept in the system keyring)</source>
        <translation>Mot de passe (gardé dans le trousseau du système)</translation>
    </message>
    <message>
        <source>⚠ No system keyring: the password could not be kept.</source>
        <translation>⚠ Aucun trousseau système&#xa0;: le mot de passe n&apos;a pas pu être gardé.</translation>
    </message>
    <message>
        <source>Add a mailbox first.</source>
        <translation>Ajoutez d&apos;abord une boîte aux lettres.</translation>
    </message>
    <message>
        <source>Already reading.</source>
        <translation>Lecture déjà en cours.</translation>
    </message>
    <message>
        <source>No one yet (read the mail first).</source>
        <translation>Personne pour l&apos;instant (lisez d&apos;abord le courrier).</translation>
    </message>
    <message>
        <source>%1&lt;%2&gt;: %3 messages</source>
        <translation>%1&lt;%2&gt;&#xa0;: %3 messages</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Log contacts from your mailbox without typing: the app reads who wrote to whom and when (headers only, never a message&apos;s text), on this computer.</source>
        <translation>Consignez vos contacts à partir de votre courrier sans rien taper&#xa0;: l&apos;application lit qui a écrit à qui et quand (les en-têtes seulement, jamais le texte d&apos;un message), sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Mail sources and addresses…</source>
        <translation>Sources de &amp;courrier et adresses…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source> (sample, not saved)</source>
        <translation> (exemple, non enregistré)</translation>
    </message>
    <message>
        <source>Relationship Notebook — %1</source>
        <translation>Carnet de relations — %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Infolettre</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Opening the notebook…</source>
        <translation>Ouverture du carnet…</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>MenuTable</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Notebook…</source>
        <translation>&amp;Ouvrir un carnet…</translation>
    </message>
    <message>
        <source>&amp;Connect to a Server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync Settin&amp;gs…</source>
        <translation>Réglages de synchro&amp;nisation…</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>Re&amp;chercher partout…</translation>
    </message>
    <message>
        <source>&amp;Find Person</source>
        <translation>&amp;Trouver une personne</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>&amp;New Person…</source>
        <translation>&amp;Nouvelle personne…</translation>
    </message>
    <message>
        <source>&amp;Write Message…</source>
        <translation>Écrire un &amp;message…</translation>
    </message>
    <message>
        <source>&amp;Log Call…</source>
        <translation>Noter un &amp;appel…</translation>
    </message>
    <message>
        <source>&amp;They Called Me…</source>
        <translation>&amp;On m&apos;a appelé…</translation>
    </message>
    <message>
        <source>New &amp;Referral…</source>
        <translation>Nouvelle &amp;recommandation…</translation>
    </message>
    <message>
        <source>&amp;Merge Duplicates…</source>
        <translation>&amp;Fusionner des doublons…</translation>
    </message>
    <message>
        <source>Find Dup&amp;licates…</source>
        <translation>Trouver des &amp;doublons…</translation>
    </message>
    <message>
        <source>&amp;Delete Person…</source>
        <translation>&amp;Supprimer la personne…</translation>
    </message>
    <message>
        <source>Export &amp;Everything About This Person…</source>
        <translation>&amp;Exporter tout sur cette personne…</translation>
    </message>
    <message>
        <source>E&amp;rase This Person…</source>
        <translation>Effa&amp;cer cette personne…</translation>
    </message>
    <message>
        <source>Re&amp;tention Review…</source>
        <translation>Re&amp;vue de conservation…</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>É&amp;vénements</translation>
    </message>
    <message>
        <source>&amp;New Event and People Met…</source>
        <translation>&amp;Nouvel événement et personnes rencontrées…</translation>
    </message>
    <message>
        <source>&amp;Add People Met at This Event…</source>
        <translation>&amp;Ajouter des personnes rencontrées à cet événement…</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Appels</translation>
    </message>
    <message>
        <source>Start a &amp;Market Sweep…</source>
        <translation>Lancer une &amp;tournée d&apos;appels…</translation>
    </message>
    <message>
        <source>&amp;Export Calendar (.ics)…</source>
        <translation>&amp;Exporter le calendrier (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>É&amp;vénements</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>&amp;Recommandations</translation>
    </message>
    <message>
        <source>&amp;Newsletter</source>
        <translation>&amp;Infolettre</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Relationship Notebook</source>
        <translation>À &amp;propos de Relationship Notebook</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Goes by</source>
        <translation>Nom usuel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Tu or vous</source>
        <translation>Tu ou vous</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Good prospect</source>
        <translation>Bon prospect</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Notre rencontre</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Présenté par</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sites web</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Suffixe</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversaire de mariage</translation>
    </message>
    <message>
        <source>%1 notes, %2 personal details, %3 messages, %4 logged contacts, %5 referrals, %6 events</source>
        <translation>%1 notes, %2 détails personnels, %3 messages, %4 contacts consignés, %5 recommandations, %6 événements</translation>
    </message>
    <message>
        <source>Merge two people</source>
        <translation>Fusionner deux personnes</translation>
    </message>
    <message>
        <source>Everything about the other person moves to the kept one, and the other record is deleted. Tick a value to take it instead of the kept one; emails, phones and tags of both are kept. Ctrl+Z undoes the merge.</source>
        <translation>Tout ce qui concerne l&apos;autre personne passe à celle qui est conservée, puis l&apos;autre fiche est supprimée. Cochez une valeur pour la prendre au lieu de celle qui est conservée; les courriels, téléphones et étiquettes des deux sont gardés. Ctrl+Z annule la fusion.</translation>
    </message>
    <message>
        <source>Fields to merge</source>
        <translation>Champs à fusionner</translation>
    </message>
    <message>
        <source>&amp;Swap: keep the other one</source>
        <translation>&amp;Inverser&#xa0;: garder l&apos;autre</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Moves to %1: %2. Then %3 is deleted.</source>
        <translation>Transféré à %1&#xa0;: %2. Puis la fiche de %3 est supprimée.</translation>
    </message>
</context>
<context>
    <name>MergeFieldsModel</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Conservé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Other: %1</source>
        <translation>Autre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Take the other&apos;s</source>
        <translation>Prendre l&apos;autre</translation>
    </message>
    <message>
        <source>both kept</source>
        <translation>les deux gardés</translation>
    </message>
    <message>
        <source>filled in</source>
        <translation>complété</translation>
    </message>
</context>
<context>
    <name>MessagesController</name>
    <message>
        <source>Recorded on %1’s history.</source>
        <translation>Ajouté à l&apos;historique de %1.</translation>
    </message>
</context>
<context>
    <name>NewsletterPage</name>
    <message>
        <source>Newsletter</source>
        <translation>Infolettre</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>&amp;Export sending list (CSV)…</source>
        <translation>&amp;Exporter la liste d&apos;envoi (CSV)…</translation>
    </message>
    <message>
        <source>%1 subscribers with valid consent. Consent implied by a business relationship or an inquiry expires (⚠ within %2 days): Today suggests asking for express consent. Record consent on a person&apos;s Referrals &amp; newsletter tab.</source>
        <translation>%1 abonnés avec un consentement valide. Le consentement tacite découlant d&apos;une relation d&apos;affaires ou d&apos;une demande de renseignements expire (⚠ d&apos;ici %2 jours)&#xa0;: Aujourd&apos;hui suggère alors de demander un consentement exprès. Consignez le consentement dans l&apos;onglet Recommandations et infolettre d&apos;une personne.</translation>
    </message>
    <message>
        <source>No subscribers yet. Offer the newsletter to good prospects from Today; their answer, and consent you record on their page, build this list.</source>
        <translation>Aucun abonné pour l&apos;instant. Offrez l&apos;infolettre aux bons prospects depuis Aujourd&apos;hui; leur réponse, et le consentement que vous consignez sur leur fiche, forment cette liste.</translation>
    </message>
    <message>
        <source>Export the sending list</source>
        <translation>Exporter la liste d&apos;envoi</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Saved to %1: only people with valid consent.</source>
        <translation>Enregistré dans %1&#xa0;: seulement les personnes avec un consentement valide.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>What did you talk about? Ctrl+Enter adds the note.</source>
        <translation>De quoi avez-vous parlé? Ctrl+Entrée ajoute la note.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Note date</source>
        <translation>Date de la note</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Notes, newest first</source>
        <translation>Notes, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Selected note</source>
        <translation>Note sélectionnée</translation>
    </message>
    <message>
        <source>Select a note to read or edit it.</source>
        <translation>Sélectionnez une note pour la lire ou la modifier.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Type the note first.</source>
        <translation>Tapez d&apos;abord la note.</translation>
    </message>
</context>
<context>
    <name>NotesTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>OpeningController</name>
    <message>
        <source>Open a notebook</source>
        <translation>Ouvrir un carnet</translation>
    </message>
    <message>
        <source>Notebooks (*.sqlite *.relnotebook);;All files (*)</source>
        <translation>Carnets (*.sqlite *.relnotebook);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About Relationship Notebook</source>
        <translation>À propos de Relationship Notebook</translation>
    </message>
    <message>
        <source>&lt;b&gt;Relationship Notebook&lt;/b&gt; %1&lt;br&gt;&lt;br&gt;Remember what people told you, and reach out at the right moment.&lt;br&gt;&lt;br&gt;Your notebook: %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;Relationship Notebook&lt;/b&gt; %1&lt;br&gt;&lt;br&gt;Souvenez-vous de ce que les gens vous ont dit, et faites signe au bon moment.&lt;br&gt;&lt;br&gt;Votre carnet&#xa0;: %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>It is on that PostgreSQL server: the app connects to it and to nothing else.</source>
        <translation>Il est sur ce serveur PostgreSQL&#xa0;: l&apos;application s&apos;y connecte, et à rien d&apos;autre.</translation>
    </message>
    <message>
        <source>It stays on this computer: the app makes no network connections.</source>
        <translation>Il reste sur cet ordinateur&#xa0;: l&apos;application n&apos;établit aucune connexion réseau.</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Maybe the same as</source>
        <translation>Peut-être la même que</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The server wants the password of %1.</source>
        <translation>Le serveur demande le mot de passe de %1.</translation>
    </message>
    <message>
        <source>&amp;Remember it in the system keyring</source>
        <translation>Le &amp;retenir dans le trousseau du système</translation>
    </message>
</context>
<context>
    <name>PeopleController</name>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Un nom est requis.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1?</translation>
    </message>
    <message>
        <source>Delete %1 with all their notes and personal details? You can undo this with Ctrl+Z.</source>
        <translation>Supprimer %1 avec toutes ses notes et tous ses détails personnels? Vous pourrez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Deleted %1. Ctrl+Z brings them back.</source>
        <translation>Suppression de %1 effectuée. Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <source>There is nobody else to merge with.</source>
        <translation>Il n&apos;y a personne d&apos;autre avec qui fusionner.</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Fusionner des doublons</translation>
    </message>
    <message>
        <source>Merge with (the same person entered twice):</source>
        <translation>Fusionner avec (la même personne entrée deux fois)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Filter by name, organisation or tag (Ctrl+F)</source>
        <translation>Filtrer par nom, organisation ou étiquette (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrer les personnes</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>&amp;Capture people from an event…</source>
        <translation>Noter les personnes d&apos;un &amp;événement…</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>No one in this notebook yet.

After an event, press Ctrl+E to capture the people you met, or Ctrl+N to add one person.</source>
        <translation>Personne dans ce carnet pour l&apos;instant.

Après un événement, appuyez sur Ctrl+E pour saisir les personnes rencontrées, ou sur Ctrl+N pour ajouter une personne.</translation>
    </message>
    <message>
        <source>No one matches this filter.</source>
        <translation>Personne ne correspond à ce filtre.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>I started (90 d)</source>
        <translation>Mon initiative (90 j)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>PersonPageView</name>
    <message>
        <source>Delete person…</source>
        <translation>Supprimer la personne…</translation>
    </message>
    <message>
        <source>What they told you</source>
        <translation>Ce que la personne vous a dit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Addresses &amp;&amp; links</source>
        <translation>Adresses et liens</translation>
    </message>
    <message>
        <source>Details &amp;&amp; notes</source>
        <translation>Détails et notes</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Referrals &amp;&amp; newsletter</source>
        <translation>Recommandations et infolettre</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Select a person to see what you know about them.</source>
        <translation>Sélectionnez une personne pour voir ce que vous savez d&apos;elle.</translation>
    </message>
    <message>
        <source>met at %1 on %2</source>
        <translation>rencontre&#xa0;: %1, le %2</translation>
    </message>
    <message>
        <source>introduced by %1</source>
        <translation>par l&apos;entremise de %1</translation>
    </message>
</context>
<context>
    <name>PersonReferralsPanel</name>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;Nouvelle recommandation…</translation>
    </message>
    <message>
        <source>Record newsletter &amp;answer…</source>
        <translation>Noter la réponse à l&apos;&amp;infolettre…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Received from %1: %2. Given to %1: %3.</source>
        <translation>Reçues de %1&#xa0;: %2. Faites à %1&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Newsletter: %1</source>
        <translation>Infolettre&#xa0;: %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <source>consent records kept: %1</source>
        <translation>registres de consentement conservés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PrivacyController</name>
    <message>
        <source>Save everything about this person into…</source>
        <translation>Enregistrer tout sur cette personne dans…</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Exporter tout sur cette personne</translation>
    </message>
    <message>
        <source>The files could not be written: %1</source>
        <translation>Impossible d&apos;écrire les fichiers&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>%1 et %2 enregistrés.</translation>
    </message>
    <message>
        <source>%1 people erased.</source>
        <translation>%1 personnes effacées.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Nom de famille</translation>
    </message>
    <message>
        <source>Goes &amp;by</source>
        <translation>Nom &amp;usuel</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>How we &amp;met</source>
        <translation>Notre &amp;rencontre</translation>
    </message>
    <message>
        <source>Prefi&amp;x</source>
        <translation>Civilité (préfi&amp;xe)</translation>
    </message>
    <message>
        <source>Nic&amp;kname</source>
        <translation>Surno&amp;m</translation>
    </message>
    <message>
        <source>S&amp;uffix</source>
        <translation>Suff&amp;ixe</translation>
    </message>
    <message>
        <source>A&amp;nniversary</source>
        <translation>Anni&amp;versaire de mariage</translation>
    </message>
    <message>
        <source>the name they go by, if not the given name</source>
        <translation>le nom qu&apos;elle utilise, s&apos;il diffère du prénom</translation>
    </message>
    <message>
        <source>several: separate with commas</source>
        <translation>plusieurs&#xa0;: séparez-les par des virgules</translation>
    </message>
    <message>
        <source>golf, a-tier, doctor…</source>
        <translation>golf, catégorie-a, médecin…</translation>
    </message>
    <message>
        <source>the event, or the story</source>
        <translation>l&apos;événement, ou l&apos;histoire</translation>
    </message>
    <message>
        <source>Dr., Me…</source>
        <translation>Dr, Me…</translation>
    </message>
    <message>
        <source>Jr., CPA…</source>
        <translation>Jr, CPA…</translation>
    </message>
    <message>
        <source>2001-06-12, or --06-12 without the year</source>
        <translation>2001-06-12, ou --06-12 sans l’année</translation>
    </message>
    <message>
        <source>As in Settings</source>
        <translation>Comme dans les paramètres</translation>
    </message>
    <message>
        <source>« tu »</source>
        <translation>« tu »</translation>
    </message>
    <message>
        <source>« vous »</source>
        <translation>« vous »</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Tapez un nom</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>In French, &amp;write</source>
        <translation>En français, é&amp;crire</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Good &amp;prospect?</source>
        <translation>&amp;Bon prospect?</translation>
    </message>
    <message>
        <source>&amp;Introduced by</source>
        <translation>Présenté p&amp;ar</translation>
    </message>
    <message>
        <source>⚠ Not read as a phone number, kept as typed: %1</source>
        <translation>⚠ Non reconnu comme numéro de téléphone, gardé tel quel : %1</translation>
    </message>
    <message>
        <source>Write the date as 2001-06-12, or --06-12 without the year.</source>
        <translation>Écrivez la date sous la forme 2001-06-12, ou --06-12 sans l’année.</translation>
    </message>
</context>
<context>
    <name>QuarterChart</name>
    <message>
        <source>New clients from referrals, by quarter</source>
        <translation>Nouveaux clients issus de recommandations, par trimestre</translation>
    </message>
    <message>
        <source>Reciprocal</source>
        <translation>Réciproque</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>This notebook is damaged</source>
        <translation>Ce carnet est endommagé</translation>
    </message>
    <message>
        <source>%1

The damaged file will not be changed or deleted: restoring puts it aside as %2 in the same folder.</source>
        <translation>%1

Le fichier endommagé ne sera ni modifié ni supprimé&#xa0;: la restauration le met de côté sous le nom %2, dans le même dossier.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Choose another…</source>
        <translation>&amp;Choisir une autre…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>No good backup of this notebook was found in %1. If you have a copy elsewhere, choose it.</source>
        <translation>Aucune sauvegarde valide de ce carnet n&apos;a été trouvée dans %1. Si vous avez une copie ailleurs, choisissez-la.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1, with %2 people and %3 notes.</source>
        <translation>La plus récente sauvegarde valide date du %1, avec %2 personnes et %3 notes.</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>Impossible de restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged file is kept at %1.</source>
        <translation>La sauvegarde a été restaurée. Le fichier endommagé est conservé ici&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>Nouvelle recommandation</translation>
    </message>
    <message>
        <source>I received it: they sent me someone</source>
        <translation>Reçue&#xa0;: cette personne m&apos;a envoyé quelqu&apos;un</translation>
    </message>
    <message>
        <source>I gave it: I sent someone to them</source>
        <translation>Faite&#xa0;: j&apos;ai envoyé quelqu&apos;un à cette personne</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Tapez un nom</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non consigné</translation>
    </message>
    <message>
        <source>Someone new (type the name below)</source>
        <translation>Quelqu&apos;un de nouveau (tapez le nom ci-dessous)</translation>
    </message>
    <message>
        <source>Name of the person referred</source>
        <translation>Nom de la personne recommandée</translation>
    </message>
    <message>
        <source>Date of the referral</source>
        <translation>Date de la recommandation</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Sens</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>&amp;Avec</translation>
    </message>
    <message>
        <source>&amp;Person referred</source>
        <translation>&amp;Personne recommandée</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Who is the referral with? Type their name and choose it in the list.</source>
        <translation>Avec qui est cette recommandation&#xa0;? Tapez son nom et choisissez-le dans la liste.</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Trusted connectors</source>
        <translation>Connecteurs de confiance</translation>
    </message>
    <message>
        <source>&amp;Thank them…</source>
        <translation>&amp;Remercier…</translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>Toutes les recommandations</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;Nouvelle recommandation…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Delete referral</source>
        <translation>&amp;Supprimer la recommandation</translation>
    </message>
    <message>
        <source>No referrals recorded yet. Record who sends you clients, and to whom you send people: the notebook then shows how much of your new business comes from give-and-take deals (keep it small) and who trusts you enough to refer freely.</source>
        <translation>Aucune recommandation consignée pour l&apos;instant. Notez qui vous envoie des clients, et à qui vous envoyez des gens&#xa0;: le carnet montre alors quelle part de vos nouvelles affaires vient d&apos;ententes donnant-donnant (à limiter) et qui vous fait assez confiance pour vous recommander librement.</translation>
    </message>
    <message>
        <source>&amp;Log a referral…</source>
        <translation>No&amp;ter une recommandation…</translation>
    </message>
    <message>
        <source>Last 12 months: %1 new clients from referrals, %2 from reciprocal arrangements (%3; your target: at most %4).</source>
        <translation>12 derniers mois&#xa0;: %1 nouveaux clients issus de recommandations, dont %2 d&apos;ententes réciproques (%3&#xa0;; votre cible&#xa0;: au plus %4).</translation>
    </message>
    <message>
        <source>Above your target: these relationships last as long as the deal. Build on trust instead.</source>
        <translation>Au-dessus de votre cible&#xa0;: ces relations ne durent que le temps de l&apos;entente. Misez plutôt sur la confiance.</translation>
    </message>
    <message>
        <source>Top referrer: %1, %2 of %3 referrals that brought business.</source>
        <translation>Meilleure source de recommandations&#xa0;: %1, %2 des %3 recommandations qui ont rapporté des affaires.</translation>
    </message>
    <message>
        <source>%1 brings %2 of your new clients: if they change jobs, that stops.</source>
        <translation>%1 vous amène %2 de vos nouveaux clients&#xa0;: si cette personne change d&apos;emploi, cela s&apos;arrête.</translation>
    </message>
    <message>
        <source>Several referrers at %1: %2.</source>
        <translation>Plusieurs sources de recommandations chez %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>ReferralsTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Faite</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Backups of %1, newest first, kept in %2.</source>
        <translation>Sauvegardes de %1, les plus récentes d&apos;abord, conservées dans %2.</translation>
    </message>
    <message>
        <source>No backups yet. One is made each day the notebook is opened; to make one now, use Back Up Now…</source>
        <translation>Aucune sauvegarde pour l&apos;instant. Une sauvegarde est faite chaque jour où le carnet est ouvert; pour en faire une maintenant, utilisez Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde?</translation>
    </message>
    <message>
        <source>Restore the backup of %1 (%2 people, %3 notes)? The notebook as it is now is not lost: it is kept as %4 in %5.</source>
        <translation>Restaurer la sauvegarde du %1 (%2 personnes, %3 notes)? Le carnet dans son état actuel n&apos;est pas perdu&#xa0;: il est conservé sous le nom %4 dans %5.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>call or meeting</source>
        <translation>appel ou rencontre</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>message sent</source>
        <translation>message envoyé</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>consigné</translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation>Revue de conservation</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Years without contact</source>
        <translation>Années sans contact</translation>
    </message>
    <message>
        <source>No contact for at &amp;least</source>
        <translation>Aucun contact depuis au &amp;moins</translation>
    </message>
    <message>
        <source>People to review</source>
        <translation>Personnes à examiner</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>Keep the selected people: off this review&apos;s list</source>
        <translation>Conserver les personnes sélectionnées&#xa0;: elles sortent de la liste de cette revue</translation>
    </message>
    <message>
        <source>E&amp;xport their information…</source>
        <translation>E&amp;xporter leurs renseignements…</translation>
    </message>
    <message>
        <source>&amp;Erase selected…</source>
        <translation>&amp;Effacer la sélection…</translation>
    </message>
    <message>
        <source>Nobody left to review: everyone has been in touch in the last %1 years. Lower the number of years to look at more recent silence.</source>
        <translation>Personne d&apos;autre à examiner&#xa0;: tout le monde a eu un contact au cours des %1 dernières années. Réduisez le nombre d&apos;années pour examiner des silences plus récents.</translation>
    </message>
    <message>
        <source>Kept %1 people. They are listed again in a later review.</source>
        <translation>%1 personnes conservées. Elles réapparaîtront lors d&apos;une revue ultérieure.</translation>
    </message>
    <message>
        <source>Folder for the exported information</source>
        <translation>Dossier des renseignements exportés</translation>
    </message>
    <message>
        <source>⚠ The files could not be written in %1: %2</source>
        <translation>⚠ Impossible d&apos;écrire les fichiers dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Wrote what the notebook holds about %1 people to %2 (a .json and a .txt file each, readable by you only).</source>
        <translation>Ce que le carnet contient sur %1 personnes a été écrit dans %2 (un fichier .json et un fichier .txt pour chacune, lisibles par vous seul).</translation>
    </message>
    <message>
        <source>Erase %1 people</source>
        <translation>Effacer %1 personnes</translation>
    </message>
    <message>
        <source>This erases the %1 selected people and everything about them for good. It cannot be undone. Type %1 to confirm:</source>
        <translation>Cette opération efface définitivement les %1 personnes sélectionnées et tout ce qui les concerne. Elle est irréversible. Tapez %1 pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Nobody was erased.</source>
        <translation>Aucune personne n&apos;a été effacée.</translation>
    </message>
    <message>
        <source>Rewriting the backups and copies of the notebook without them…</source>
        <translation>Réécriture des sauvegardes et copies du carnet sans ses données…</translation>
    </message>
    <message>
        <source>Erased %1 people.</source>
        <translation>%1 personnes effacées.</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Personal detail</source>
        <translation>Détail personnel</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Message envoyé</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search names, organisations, notes, details…</source>
        <translation>Rechercher noms, organisations, notes, détails…</translation>
    </message>
    <message>
        <source>Type a name, an organisation, an email or a word from your notes. Up and Down choose, Enter opens the person.</source>
        <translation>Tapez un nom, une organisation, un courriel ou un mot de vos notes. Haut et Bas pour choisir, Entrée ouvre la fiche.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>No one found for “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 people found.</source>
        <translation>%1 personnes trouvées.</translation>
    </message>
    <message>
        <source>One person found.</source>
        <translation>Une personne trouvée.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Your name, to sign messages</source>
        <translation>Votre nom, pour signer les messages</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>&amp;Signature</translation>
    </message>
    <message>
        <source>&amp;Quiet period after no reply</source>
        <translation>&amp;Pause après un message sans réponse</translation>
    </message>
    <message>
        <source>When someone does not answer a message, no new message to them is suggested for this long: no chasing.</source>
        <translation>Quand une personne ne répond pas à un message, aucun nouveau message ne vous est suggéré pour elle pendant cette période&#xa0;: on ne relance pas.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Tier %1 clients: every</source>
        <translation>Clients de catégorie %1&#xa0;: tous les</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> jours à l&apos;avance</translation>
    </message>
    <message>
        <source>Show calls coming up</source>
        <translation>Afficher les appels à venir</translation>
    </message>
    <message>
        <source>Get back in touch with a departed client after</source>
        <translation>Reprendre contact avec un ancien client après</translation>
    </message>
    <message>
        <source>Reciprocal deals: at most</source>
        <translation>Ententes réciproques&#xa0;: au plus</translation>
    </message>
    <message>
        <source> % of new clients</source>
        <translation>&#xa0;% des nouveaux clients</translation>
    </message>
    <message>
        <source>Warn when one person brings more than</source>
        <translation>Avertir quand une personne amène plus de</translation>
    </message>
    <message>
        <source>Warn before implied consent expires</source>
        <translation>Avertir avant l&apos;expiration du consentement tacite</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation>Vos modèles</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Appels de suivi</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Referrals &amp;&amp; newsletter</source>
        <translation>Recommandations et infolettre</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>French messages</source>
        <translation>Messages en français</translation>
    </message>
    <message>
        <source>« tu » (as among peers)</source>
        <translation>« tu » (entre pairs)</translation>
    </message>
    <message>
        <source>« vous »</source>
        <translation>« vous »</translation>
    </message>
    <message>
        <source>&amp;Address people as</source>
        <translation>&amp;S’adresser aux gens avec</translation>
    </message>
    <message>
        <source>Unless their profile says otherwise.</source>
        <translation>Sauf si leur fiche dit autrement.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l’interface</translation>
    </message>
    <message>
        <source>Menus, buttons and dates. Each person&apos;s messages are written in their own language, set on their profile.</source>
        <translation>Menus, boutons et dates. Les messages à chaque personne sont rédigés dans sa propre langue, choisie dans son profil.</translation>
    </message>
    <message>
        <source>This notebook</source>
        <translation>Ce carnet</translation>
    </message>
    <message>
        <source>File › Open Notebook… (Ctrl+O) opens or creates another.</source>
        <translation>Fichier › Ouvrir un carnet… (Ctrl+O) en ouvre ou en crée un autre.</translation>
    </message>
    <message>
        <source>Two-minute call</source>
        <translation>Appel de deux minutes</translation>
    </message>
    <message>
        <source>Play a short sound when a call reaches t&amp;wo minutes</source>
        <translation>Jouer un court son quand un appel atteint &amp;deux minutes</translation>
    </message>
    <message>
        <source>The sound setting could not be saved: %1</source>
        <translation>Le réglage du son n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>The appearance could not be saved: %1</source>
        <translation>L&apos;apparence n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>Keep one backup a &amp;day for the last</source>
        <translation>Garder une sauvegarde par &amp;jour pendant les derniers</translation>
    </message>
    <message>
        <source>then one a &amp;week for</source>
        <translation>puis une par &amp;semaine pendant</translation>
    </message>
    <message>
        <source>A backup is made each day you use the app, in %1. Only days and weeks you used it count, so a notebook left alone keeps its last backups.</source>
        <translation>Une sauvegarde est faite chaque jour où vous utilisez l&apos;application, dans %1. Seuls les jours et les semaines d&apos;utilisation comptent&#xa0;: un carnet laissé de côté garde donc ses dernières sauvegardes.</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as this country&apos;s (CA, FR…).</source>
        <translation>Les numéros de téléphone sans indicatif de pays sont lus comme ceux de ce pays (CA, FR…).</translation>
    </message>
    <message>
        <source>Phone numbers&apos; countr&amp;y</source>
        <translation>Pa&amp;ys des numéros de téléphone</translation>
    </message>
    <message>
        <source>The language could not be saved: %1</source>
        <translation>La langue n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>The new language applies the next time you start the app.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de l’application.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Infolettre</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>On Today’s list</source>
        <translation>Dans la liste d’Aujourd’hui</translation>
    </message>
    <message>
        <source>Entries about one person work where a person is selected or shown (Today, People); elsewhere they are greyed out in the menus.</source>
        <translation>Les commandes sur une personne agissent là où une personne est choisie ou affichée (Aujourd&apos;hui, Personnes)&#xa0;; ailleurs, elles sont grisées dans les menus.</translation>
    </message>
</context>
<context>
    <name>SignalsPanel</name>
    <message>
        <source>Messages sent</source>
        <translation>Messages envoyés</translation>
    </message>
    <message>
        <source>Select a message to read what was sent.</source>
        <translation>Sélectionnez un message pour lire ce qui a été envoyé.</translation>
    </message>
    <message>
        <source>No message sent yet. “Write message…” drafts one from what they told you.</source>
        <translation>Aucun message envoyé pour l&apos;instant. «&#xa0;Écrire un message…&#xa0;» en rédige un à partir de ce que la personne vous a dit.</translation>
    </message>
    <message>
        <source>&amp;Write message…</source>
        <translation>É&amp;crire un message…</translation>
    </message>
    <message>
        <source>Record &amp;answer</source>
        <translation>Noter la &amp;réponse</translation>
    </message>
    <message>
        <source>Interested: plan the coffee…</source>
        <translation>Intéressé&#xa0;: planifier le café…</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>&amp;Invite for coffee on…</source>
        <translation>&amp;Inviter à prendre un café le…</translation>
    </message>
    <message>
        <source>Choose a day to be reminded, on Today, to invite them for a coffee.</source>
        <translation>Choisissez le jour où Aujourd&apos;hui vous rappellera d&apos;inviter la personne à prendre un café.</translation>
    </message>
    <message>
        <source>Invite for coffee on…</source>
        <translation>Inviter à prendre un café le…</translation>
    </message>
    <message>
        <source>On which day should Today suggest the invitation? (e.g. 2027-01-10, mid-January)</source>
        <translation>À quelle date Aujourd&apos;hui doit-il suggérer l&apos;invitation? (p. ex. 2027-01-10, mi-janvier)</translation>
    </message>
</context>
<context>
    <name>SignalsTableModel</name>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>SubscribersTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>aucune adresse courriel</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expiré le %1</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <source>Market sweep</source>
        <translation>Tournée d&apos;appels</translation>
    </message>
    <message>
        <source>Markets are moving: check in with…</source>
        <translation>Les marchés bougent&#xa0;: faire un suivi avec…</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Clients of tier %1</source>
        <translation>Clients de catégorie %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Étiquette&#xa0;: %1</translation>
    </message>
    <message>
        <source> business days</source>
        <translation> jours ouvrables</translation>
    </message>
    <message>
        <source>Start the calls</source>
        <translation>Lancer les appels</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Qui</translation>
    </message>
    <message>
        <source>&amp;Within</source>
        <translation>&amp;Dans les</translation>
    </message>
    <message>
        <source>%1 people to call by %2. Each shows on Today until reached.</source>
        <translation>%1 personnes à appeler d&apos;ici le %2. Chacune apparaît dans Aujourd&apos;hui jusqu&apos;à ce qu&apos;elle soit jointe.</translation>
    </message>
</context>
<context>
    <name>SyncChoicesDialog</name>
    <message>
        <source>Sync: your choice</source>
        <translation>Synchronisation : à vous de choisir</translation>
    </message>
    <message>
        <source>%1 — %2: here “%3”, on the phone “%4”</source>
        <translation>%1 — %2 : ici « %3 », sur le téléphone « %4 »</translation>
    </message>
    <message>
        <source>Keep this notebook&apos;s</source>
        <translation>Garder celle du carnet</translation>
    </message>
    <message>
        <source>Keep the phone&apos;s</source>
        <translation>Garder celle du téléphone</translation>
    </message>
    <message>
        <source>%1 — deleted on the phone</source>
        <translation>%1 — supprimé sur le téléphone</translation>
    </message>
    <message>
        <source>Keep them (send the card again)</source>
        <translation>Le garder (renvoyer sa fiche)</translation>
    </message>
    <message>
        <source>Delete them here too</source>
        <translation>Le supprimer ici aussi</translation>
    </message>
    <message>
        <source>%1 — deleted here, card still on the phone</source>
        <translation>%1 — supprimé ici, fiche encore sur le téléphone</translation>
    </message>
    <message>
        <source>Keep the card there</source>
        <translation>Garder la fiche là-bas</translation>
    </message>
    <message>
        <source>Delete the card there too</source>
        <translation>Supprimer la fiche là-bas aussi</translation>
    </message>
    <message>
        <source>The sync changed none of these: choose, and the next sync applies it. “Decide later” asks again.</source>
        <translation>La synchronisation n’a rien changé ici : choisissez, la prochaine synchronisation l’appliquera. « Décider plus tard » redemandera.</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the sync: the notebook stays as it was.</source>
        <translation>Arrêter la synchronisation&#xa0;: le carnet reste tel qu’il était.</translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>Arrêt de la synchronisation…</translation>
    </message>
    <message>
        <source>Set your server first (File › Sync Settings…).</source>
        <translation>Indiquez d’abord votre serveur (Fichier › Réglages de synchronisation…).</translation>
    </message>
    <message>
        <source>A sync is already going on.</source>
        <translation>Une synchronisation est déjà en cours.</translation>
    </message>
    <message>
        <source>Sync password</source>
        <translation>Mot de passe de synchronisation</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>Mot de passe de %1 sur %2 :</translation>
    </message>
    <message>
        <source>Sync waits for your password: use File › Sync Now to type it.</source>
        <translation>La synchronisation attend votre mot de passe : saisissez-le avec Fichier › Synchroniser maintenant.</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Synchronisation avec %1…</translation>
    </message>
    <message>
        <source>It will be tried again at the next sync.</source>
        <translation>Nouvel essai à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Synchronisé à l’instant</translation>
    </message>
    <message>
        <source>Synced %1 min ago</source>
        <translation>Synchronisé il y a %1 min</translation>
    </message>
    <message>
        <source>%1 new from your phone</source>
        <translation>%1 nouveaux venus de votre téléphone</translation>
    </message>
</context>
<context>
    <name>SyncScopeBox</name>
    <message>
        <source>Nothing checked: everyone. Checked: the people at one of these stages or with one of these tags. Someone who leaves your choice keeps their card on the server as it was: it is no longer updated, never deleted. A contact new on your phone always comes in.</source>
        <translation>Rien de coché : tout le monde. Coché : les personnes à l&apos;un de ces statuts ou portant l&apos;une de ces étiquettes. Une personne qui sort de votre choix garde sa fiche sur le serveur telle quelle : elle n&apos;est plus mise à jour, jamais supprimée. Un contact nouveau sur votre téléphone entre toujours.</translation>
    </message>
    <message>
        <source>Whom to sync</source>
        <translation>Qui synchroniser</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Personal &amp;details</source>
        <translation>&amp;Détails personnels</translation>
    </message>
    <message>
        <source>Checked, they are copied into each card&apos;s note on your server, and so onto every device that syncs with it. Unchecked, they are taken off it at the next sync.</source>
        <translation>Cochés, ils sont copiés dans la note de chaque fiche sur votre serveur, et donc sur chaque appareil synchronisé avec lui. Décochés, ils en sont retirés à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>What leaves with the cards</source>
        <translation>Ce qui part avec les fiches</translation>
    </message>
    <message>
        <source>⚠ Another server starts fresh: what was synced with %1 is forgotten here when you save. The cards and events already on that server stay there.</source>
        <translation>⚠ Un autre serveur repart de zéro : ce qui était synchronisé avec %1 est oublié ici à l&apos;enregistrement. Les fiches et les événements déjà sur ce serveur y restent.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Sync Settings</source>
        <translation>Réglages de synchronisation</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>gardé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Only on Sync Now</source>
        <translation>Seulement sur demande</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Adresse du serveur</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Sync &amp;every</source>
        <translation>&amp;Fréquence de synchronisation</translation>
    </message>
    <message>
        <source>Your contacts and agenda, with your own CalDAV/CardDAV server.</source>
        <translation>Vos contacts et votre agenda, avec votre propre serveur CalDAV/CardDAV.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address first.</source>
        <translation>Saisissez d’abord l’adresse du serveur.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected: the server answered.</source>
        <translation>Connecté : le serveur a répondu.</translation>
    </message>
    <message>
        <source>A sync is going on: save when it has finished.</source>
        <translation>Une synchronisation est en cours : enregistrez quand elle sera terminée.</translation>
    </message>
</context>
<context>
    <name>TasksTableModel</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Detail (“your trip to…”)</source>
        <translation>Détail (« ton voyage à… »)</translation>
    </message>
    <message>
        <source>Event where you met</source>
        <translation>Événement de la rencontre</translation>
    </message>
    <message>
        <source>When you met (“last night”)</source>
        <translation>Moment de la rencontre (« hier soir »)</translation>
    </message>
    <message>
        <source>Busy until (a date)</source>
        <translation>Occupé jusqu’au (une date)</translation>
    </message>
    <message>
        <source>Your name (the signature)</source>
        <translation>Votre nom (la signature)</translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation>Vos modèles</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation>&amp;Insérer le champ</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Enregistrer le modèle</translation>
    </message>
    <message>
        <source>First line: Subject: …, then a blank line, then the message. A field is written in braces, such as {First name}: pick it in the list (double-click or Enter). Parts in {% … %} are conditions, as in the built-in texts.</source>
        <translation>Première ligne&#xa0;: Objet&#xa0;: …, puis une ligne vide, puis le message. Un champ s’écrit entre accolades, comme {Prénom}&#xa0;: choisissez-le dans la liste (double-clic ou Entrée). Les parties entre {% … %} sont des conditions, comme dans les textes fournis.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>Press New to write a template of your own.</source>
        <translation>Appuyez sur Nouveau pour écrire votre propre modèle.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>My coffee invitation</source>
        <translation>Mon invitation à prendre un café</translation>
    </message>
    <message>
        <source>Delete this template?</source>
        <translation>Supprimer ce modèle?</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Messages already sent keep their text.</source>
        <translation>Supprimer le modèle «&#xa0;%1&#xa0;»? Les messages déjà envoyés gardent leur texte.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today&apos;s suggestions</source>
        <translation>Suggestions du jour</translation>
    </message>
    <message>
        <source>&amp;Write message…</source>
        <translation>É&amp;crire un message…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>For %1 days</source>
        <translation>Pendant %1 jours</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>Jusqu&apos;à une date…</translation>
    </message>
    <message>
        <source>&amp;Open person</source>
        <translation>&amp;Ouvrir la fiche</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>Écrire…</translation>
    </message>
    <message>
        <source>&amp;Capture people from an event…</source>
        <translation>Noter les personnes d&apos;un &amp;événement…</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <source>Nothing to do today.

This is where the notebook tells you, each morning, who to reach out to: the clients due for a two-minute call (before they are late), a note the day after an event, a coffee invitation about their trip once their busy period is over, asking how it went, and the newsletter for good prospects.

After an event, press Ctrl+E to note who you met and what you talked about.</source>
        <translation>Rien à faire aujourd&apos;hui.

C&apos;est ici que le carnet vous indique, chaque matin, qui contacter&#xa0;: les clients à qui passer un appel de deux minutes (avant d&apos;être en retard), un mot le lendemain d&apos;un événement, une invitation à prendre un café au sujet de leur voyage une fois leur période occupée terminée, une question sur la façon dont ça s&apos;est passé, et l&apos;infolettre pour les bons prospects.

Après un événement, appuyez sur Ctrl+E pour noter qui vous avez rencontré et de quoi vous avez parlé.</translation>
    </message>
    <message>
        <source>To do: %1 · calls due: %2. Enter does the selected one.</source>
        <translation>À faire&#xa0;: %1 · appels prévus&#xa0;: %2. Entrée exécute l&apos;élément sélectionné.</translation>
    </message>
    <message>
        <source>You started %1 of your contacts over 90 days, %2 over 12 months.</source>
        <translation>Vous avez pris l&apos;initiative de %1 de vos contacts sur 90 jours, %2 sur 12 mois.</translation>
    </message>
    <message numerus="yes">
        <source>Market sweep “%1”: reached %n of %2, by %3.</source>
        <translation>
            <numerusform>Tournée d&apos;appels «&#xa0;%1&#xa0;»&#xa0;: %n joint sur %2, d&apos;ici le %3.</numerusform>
            <numerusform>Tournée d&apos;appels «&#xa0;%1&#xa0;»&#xa0;: %n joints sur %2, d&apos;ici le %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show &amp;more calls</source>
        <translation>Afficher d&apos;&amp;autres appels</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Afficher &amp;plus</translation>
    </message>
    <message>
        <source>&amp;Copy wishes</source>
        <translation>&amp;Copier les vœux</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Marquer comme &amp;fait</translation>
    </message>
    <message>
        <source>&amp;Log call…</source>
        <translation>&amp;Noter l&apos;appel…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Noter le &amp;consentement…</translation>
    </message>
    <message>
        <source>Wishes for %1 copied: paste them in a message.</source>
        <translation>Vœux pour %1 copiés : collez-les dans un message.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Show it again on (e.g. 2027-01-10, mid-January):</source>
        <translation>Afficher de nouveau le (p. ex. 2027-01-10, mi-janvier)&#xa0;:</translation>
    </message>
    <message>
        <source>Not now: %1</source>
        <translation>Pas maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Put off the call</source>
        <translation>Reporter l&apos;appel</translation>
    </message>
    <message>
        <source>Why? (travelling, just talked at an event…)</source>
        <translation>Pourquoi? (en voyage, vient de lui parler à un événement…)</translation>
    </message>
</context>
<context>
    <name>TodayTableModel</name>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Check-in call</source>
        <translation>Appel de suivi</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Tâche : %1</translation>
    </message>
    <message>
        <source>Coffee with %1</source>
        <translation>Café avec %1</translation>
    </message>
    <message>
        <source>Call (overdue)</source>
        <translation>Appel (en retard)</translation>
    </message>
    <message>
        <source>Call (due today)</source>
        <translation>Appel (prévu aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>Call (coming up)</source>
        <translation>Appel (à venir)</translation>
    </message>
    <message>
        <source>Task (overdue)</source>
        <translation>Tâche (en retard)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Ask for express consent</source>
        <translation>Demander le consentement exprès</translation>
    </message>
    <message>
        <source>%1 more calls due</source>
        <translation>%1 autres appels prévus</translation>
    </message>
    <message>
        <source>Market sweep call</source>
        <translation>Appel de la tournée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 more in this section</source>
        <translation>%1 de plus dans cette section</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>prévu le %1</translation>
    </message>
    <message>
        <source>newsletter consent implied, expires %1: ask them to confirm in writing</source>
        <translation>consentement à l&apos;infolettre tacite, expire le %1&#xa0;: demandez-lui de le confirmer par écrit</translation>
    </message>
    <message>
        <source>less overdue than those above: press Enter to show them</source>
        <translation>moins en retard que ceux ci-dessus&#xa0;: appuyez sur Entrée pour les afficher</translation>
    </message>
    <message>
        <source>press Enter to show them</source>
        <translation>appuyez sur Entrée pour les afficher</translation>
    </message>
    <message>
        <source>“%1”, %2</source>
        <translation>« %1 », %2</translation>
    </message>
    <message>
        <source>“%1”, by %2</source>
        <translation>«&#xa0;%1&#xa0;», d&apos;ici le %2</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>This notebook is in a %1 folder</source>
        <translation>Ce carnet est dans un dossier %1</translation>
    </message>
    <message>
        <source>%1 is in a folder that %2 keeps in sync. Sync tools copy the file while the app is writing to it: the copy can be damaged, and using the notebook on two computers leaves conflicting copies, each missing some notes.

Move it to a folder that is not synced? The old file is kept, renamed.</source>
        <translation>%1 est dans un dossier que %2 synchronise. Les outils de synchronisation copient le fichier pendant que l&apos;application y écrit&#xa0;: la copie peut être endommagée, et utiliser le carnet sur deux ordinateurs laisse des copies en conflit, auxquelles il manque chacune des notes.

Le déplacer dans un dossier non synchronisé? L&apos;ancien fichier est conservé, renommé.</translation>
    </message>
    <message>
        <source>&amp;Move it…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>&amp;Keep it here</source>
        <translation>&amp;Laisser ici</translation>
    </message>
    <message>
        <source>Notebook already open</source>
        <translation>Carnet déjà ouvert</translation>
    </message>
    <message>
        <source>Relationship Notebook is already open on this notebook in another window or by another user; close it first.

%1</source>
        <translation>Relationship Notebook a déjà ce carnet ouvert dans une autre fenêtre ou pour un autre utilisateur; fermez-le d&apos;abord.

%1</translation>
    </message>
    <message>
        <source>Cannot open this notebook</source>
        <translation>Impossible d&apos;ouvrir ce carnet</translation>
    </message>
    <message>
        <source>There is no copy of it on this computer yet to read instead.</source>
        <translation>Il n&apos;y en a encore aucune copie sur cet ordinateur à lire à la place.</translation>
    </message>
    <message>
        <source>Server out of reach</source>
        <translation>Serveur injoignable</translation>
    </message>
    <message>
        <source>Open this computer&apos;s last copy of the notebook, from %1, to read it? Nothing can be changed in the copy.</source>
        <translation>Ouvrir la dernière copie du carnet sur cet ordinateur, du %1, pour la lire&#xa0;? Rien ne peut être modifié dans la copie.</translation>
    </message>
    <message>
        <source>Read-only copy from %1: the server could not be reached.</source>
        <translation>Copie en lecture seule du %1&#xa0;: le serveur est injoignable.</translation>
    </message>
    <message>
        <source>The notebook was upgraded; a copy of the old version is at %1</source>
        <translation>Le carnet a été mis à niveau; une copie de l&apos;ancienne version se trouve ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>Move the notebook to…</source>
        <translation>Déplacer le carnet vers…</translation>
    </message>
    <message>
        <source>The notebook was not moved</source>
        <translation>Le carnet n&apos;a pas été déplacé</translation>
    </message>
    <message>
        <source>The old file could not be renamed; it is still at %1.</source>
        <translation>L&apos;ancien fichier n&apos;a pas pu être renommé; il est toujours ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>The old file was kept as %1; delete it once you have checked the move.</source>
        <translation>L&apos;ancien fichier a été conservé sous le nom %1; supprimez-le une fois le déplacement vérifié.</translation>
    </message>
    <message>
        <source>Notebook moved</source>
        <translation>Carnet déplacé</translation>
    </message>
    <message>
        <source>The notebook is now at %1.</source>
        <translation>Le carnet se trouve maintenant ici&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>backup_ui</name>
    <message>
        <source>Today&apos;s backup of the notebook failed: %1</source>
        <translation>La sauvegarde quotidienne du carnet a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Back up the notebook into…</source>
        <translation>Sauvegarder le carnet dans…</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
        <source>The notebook was backed up to %1 (%2 people, %3 notes).</source>
        <translation>Le carnet a été sauvegardé dans %1 (%2 personnes, %3 notes).</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Backing up the notebook…</source>
        <translation>Sauvegarde du carnet…</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Damaged: cannot be restored</source>
        <translation>Endommagée&#xa0;: impossible à restaurer</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The backup was restored. The notebook as it was is kept at %1.</source>
        <translation>La sauvegarde a été restaurée. Le carnet tel qu&apos;il était est conservé ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Choisir une sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>Notebooks (*.sqlite);;All files (*)</source>
        <translation>Carnets (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>compose</name>
    <message>
        <source>Business words in an unrelated-topic message: %1. Keep it about them.</source>
        <translation>Mots d’affaires dans un message sur un autre sujet&#xa0;: %1. Restez centré sur la personne.</translation>
    </message>
    <message>
        <source>No easy way out: add something like “no pressure” or “when things calm down”.</source>
        <translation>Aucune porte de sortie facile&#xa0;: ajoutez quelque chose comme «&#xa0;sans pression&#xa0;» ou «&#xa0;quand les choses se calmeront&#xa0;».</translation>
    </message>
    <message>
        <source>Long for a first message: %1 words (aim under 120).</source>
        <translation>Long pour un premier message&#xa0;: %1 mots (visez moins de 120).</translation>
    </message>
    <message>
        <source>It suggests a phone call: email lets them answer when they like.</source>
        <translation>Le message propose un appel&#xa0;: un courriel lui permet de répondre quand bon lui semble.</translation>
    </message>
    <message>
        <source>It hurries them (%1): a signal leaves them in control.</source>
        <translation>Le message presse la personne (%1)&#xa0;: un signal lui laisse le contrôle.</translation>
    </message>
    <message>
        <source>It sounds like a sales pitch (%1): keep it about them.</source>
        <translation>Le message a l&apos;air d&apos;un argumentaire de vente (%1)&#xa0;: restez centré sur la personne.</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (ligne %1)</translation>
    </message>
    <message>
        <source>⚠ This template cannot be used%1: %2</source>
        <translation>⚠ Ce modèle est inutilisable%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <source>“%1” was not saved: this was changed elsewhere (in another window or on another computer) after you started.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été enregistré&#xa0;: ceci a été modifié ailleurs (dans une autre fenêtre ou sur un autre ordinateur) après que vous avez commencé.</translation>
    </message>
    <message>
        <source>Save yours over the other change, or keep the other change? If you keep it, what you typed is put on the clipboard.</source>
        <translation>Enregistrer votre version par-dessus l&apos;autre modification, ou garder l&apos;autre modification&#xa0;? Si vous la gardez, ce que vous avez tapé est mis dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Save Mine</source>
        <translation>Enregistrer la mienne</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Garder l&apos;autre</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <source>You were typing a note for %1 when the app closed: restore it?</source>
        <translation>Vous tapiez une note pour %1 quand l&apos;application s&apos;est fermée&#xa0;: la restaurer?</translation>
    </message>
    <message>
        <source>You were typing a personal detail for %1 when the app closed: restore it?</source>
        <translation>Vous tapiez un détail personnel pour %1 quand l&apos;application s&apos;est fermée&#xa0;: le restaurer?</translation>
    </message>
    <message>
        <source>You were typing for %1 when the app closed: restore what you typed?</source>
        <translation>Vous tapiez du texte pour %1 quand l&apos;application s&apos;est fermée&#xa0;: restaurer ce que vous aviez tapé?</translation>
    </message>
    <message>
        <source>Restore what you were typing?</source>
        <translation>Restaurer ce que vous tapiez?</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A cadence is at least one day.</source>
        <translation>Une cadence est d&apos;au moins un jour.</translation>
    </message>
    <message>
        <source>A cadence is at most ten years.</source>
        <translation>Une cadence est d&apos;au plus dix ans.</translation>
    </message>
    <message>
        <source>A detail needs some text.</source>
        <translation>Un détail doit contenir du texte.</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>Une durée ne peut pas être négative.</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Un nom est nécessaire.</translation>
    </message>
    <message>
        <source>A note is at most {limit} characters.</source>
        <translation>Une note compte au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>A note needs a date.</source>
        <translation>Une note doit avoir une date.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Une note doit contenir du texte.</translation>
    </message>
    <message>
        <source>A notebook cannot be created at {path}: {reason}.</source>
        <translation>Impossible de créer un carnet à {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>A person cannot be merged with themself.</source>
        <translation>Une personne ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>“{stage}” is not a stage.</source>
        <translation>« {stage} » n&apos;est pas un statut.</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (like linkedin.com/in/name).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une adresse web (comme linkedin.com/in/nom).</translation>
    </message>
    <message>
        <source>A person cannot be a duplicate of themself.</source>
        <translation>Une personne ne peut pas être son propre doublon.</translation>
    </message>
    <message>
        <source>A person cannot be referred to themselves.</source>
        <translation>Une personne ne peut pas être recommandée à elle-même.</translation>
    </message>
    <message>
        <source>A person cannot introduce themselves.</source>
        <translation>Une personne ne peut pas se présenter elle-même.</translation>
    </message>
    <message>
        <source>A referral cannot be in the future.</source>
        <translation>Une recommandation ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>A sweep needs a title.</source>
        <translation>Une tournée doit avoir un titre.</translation>
    </message>
    <message>
        <source>A task needs a due date.</source>
        <translation>Une tâche doit avoir une échéance.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Une tâche doit avoir un titre.</translation>
    </message>
    <message>
        <source>A template is at most {limit} characters.</source>
        <translation>Un modèle compte au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Un modèle doit avoir un nom.</translation>
    </message>
    <message>
        <source>Add a checklist item or a day to get back in touch.</source>
        <translation>Ajoutez un élément à la liste ou un jour pour reprendre contact.</translation>
    </message>
    <message>
        <source>Allow at least one business day.</source>
        <translation>Prévoyez au moins un jour ouvrable.</translation>
    </message>
    <message>
        <source>An event needs a date.</source>
        <translation>Un événement doit avoir une date.</translation>
    </message>
    <message>
        <source>An event needs a name.</source>
        <translation>Un événement doit avoir un nom.</translation>
    </message>
    <message>
        <source>Another program is using the notebook file right now: nothing was saved; try again in a moment.</source>
        <translation>Un autre programme utilise le fichier du carnet en ce moment&#xa0;: rien n&apos;a été enregistré; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>At most {max_length} characters.</source>
        <translation>Au plus {max_length} caractères.</translation>
    </message>
    <message>
        <source>Cannot write in the folder {folder}: it is read-only for you, and {path} needs a folder it can write in (SQLite keeps its journal beside the notebook). This is a permission problem, not damage; the notebook was not changed.</source>
        <translation>Impossible d&apos;écrire dans le dossier {folder}&#xa0;: il est en lecture seule pour vous, et {path} a besoin d&apos;un dossier où il peut écrire (SQLite garde son journal à côté du carnet). C&apos;est une question de droits d&apos;accès&#xa0;: le carnet n&apos;est pas endommagé et n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Choose a day after today.</source>
        <translation>Choisissez un jour après aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Choose a number from {minimum} to {maximum}.</source>
        <translation>Choisissez un nombre de {minimum} à {maximum}.</translation>
    </message>
    <message>
        <source>Choose a number of years from 1 to 100.</source>
        <translation>Choisissez un nombre d&apos;années de 1 à 100.</translation>
    </message>
    <message>
        <source>Choose the column that holds the name.</source>
        <translation>Choisissez la colonne qui contient le nom.</translation>
    </message>
    <message>
        <source>Consent cannot be recorded for a day in the future.</source>
        <translation>Le consentement ne peut pas être noté pour un jour futur.</translation>
    </message>
    <message>
        <source>Line {line} ({name}) is not a likely duplicate: there is no one to merge it with. Choose Create or Skip.</source>
        <translation>La ligne {line} ({name}) n&apos;est pas un doublon probable&#xa0;: il n&apos;y a personne avec qui la fusionner. Choisissez Créer ou Ignorer.</translation>
    </message>
    <message>
        <source>No password for {account}: keep it in the system keyring (Settings › Mail).</source>
        <translation>Aucun mot de passe pour {account}&#xa0;: gardez-le dans le trousseau du système (Paramètres › Courrier).</translation>
    </message>
    <message>
        <source>No report can be made for {day}: choose a day from {first} to {last}.</source>
        <translation>Aucun rapport ne peut être fait pour le {day}&#xa0;: choisissez un jour du {first} au {last}.</translation>
    </message>
    <message>
        <source>Nobody is in this group.</source>
        <translation>Personne n&apos;est dans ce groupe.</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>Ce n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>Only a client can leave: this person is not a client.</source>
        <translation>Seul un client peut partir&#xa0;: cette personne n&apos;est pas cliente.</translation>
    </message>
    <message>
        <source>Record a subscription, a refusal or an unsubscription; not asked is no record.</source>
        <translation>Notez un abonnement, un refus ou un désabonnement; «&#xa0;pas demandé&#xa0;» n&apos;est pas une inscription.</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Ligne {row}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Say how consent was obtained before subscribing someone.</source>
        <translation>Indiquez comment le consentement a été obtenu avant d&apos;abonner quelqu&apos;un.</translation>
    </message>
    <message>
        <source>Say where the mail is (a folder, a file or a server).</source>
        <translation>Indiquez où est le courrier (un dossier, un fichier ou un serveur).</translation>
    </message>
    <message>
        <source>Say which addresses are yours (Settings › Mail, or --me on the command line), so that mail you sent can be told from mail you received.</source>
        <translation>Indiquez quelles adresses sont les vôtres (Paramètres › Courrier, ou --me en ligne de commande), pour distinguer le courrier envoyé du courrier reçu.</translation>
    </message>
    <message>
        <source>Say who was referred before recording an outcome.</source>
        <translation>Indiquez qui a été recommandé avant de noter un résultat.</translation>
    </message>
    <message>
        <source>Say why, so you remember when it comes back.</source>
        <translation>Dites pourquoi, pour vous en souvenir quand ce rappel reviendra.</translation>
    </message>
    <message>
        <source>Select at least one person to export.</source>
        <translation>Sélectionnez au moins une personne à exporter.</translation>
    </message>
    <message>
        <source>Someone to merge into was deleted after the preview was made. Nothing was imported; open the file again for a new preview.</source>
        <translation>Une personne visée par une fusion a été supprimée après l&apos;aperçu. Rien n&apos;a été importé; ouvrez le fichier de nouveau pour un nouvel aperçu.</translation>
    </message>
    <message>
        <source>Text outside a card (BEGIN:VCARD … END:VCARD) was ignored.</source>
        <translation>Le texte hors d&apos;une fiche (BEGIN:VCARD … END:VCARD) a été ignoré.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: {problem}</source>
        <translation>La sauvegarde ne peut pas être restaurée&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The backup could not be put in place of {path} ({reason}). The notebook as it was is kept at {aside}.</source>
        <translation>La sauvegarde n&apos;a pas pu remplacer {path} ({reason}). Le carnet tel qu&apos;il était est conservé à {aside}.</translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The backup {path} could not be written: the disk is full.</source>
        <translation>La sauvegarde {path} n&apos;a pas pu être écrite&#xa0;: le disque est plein.</translation>
    </message>
    <message>
        <source>The backup {path} could not be written: {reason}.</source>
        <translation>La sauvegarde {path} n&apos;a pas pu être écrite&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The birthday “{birthday}” is not a date; it was left out.</source>
        <translation>L&apos;anniversaire «&#xa0;{birthday}&#xa0;» n&apos;est pas une date; il a été laissé de côté.</translation>
    </message>
    <message>
        <source>The copy {path} failed its check: {problem}</source>
        <translation>La copie {path} n&apos;a pas passé la vérification&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The current notebook could not be copied to {aside} ({reason}), so the backup was not restored. Nothing was changed.</source>
        <translation>Le carnet actuel n&apos;a pas pu être copié à {aside} ({reason}), la sauvegarde n&apos;a donc pas été restaurée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The day to get back in touch must be after the departure.</source>
        <translation>Le jour pour reprendre contact doit suivre le départ.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved; free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: rien n&apos;a été enregistré; libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving: nothing was saved; check that the drive is connected and try again.</source>
        <translation>Le disque a signalé une erreur pendant l&apos;enregistrement&#xa0;: rien n&apos;a été enregistré; vérifiez que le disque est branché et réessayez.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L&apos;importation a été annulée; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The last business day cannot be in the future.</source>
        <translation>Le dernier jour d&apos;affaires ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The mail log was stopped before the end; nothing was logged.</source>
        <translation>La lecture du courrier a été arrêtée avant la fin; rien n&apos;a été consigné.</translation>
    </message>
    <message>
        <source>The mail server {host} answered with an error: {reason}.</source>
        <translation>Le serveur de courrier {host} a répondu par une erreur&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The mail server {host} closed the connection while it was being read. Nothing was logged; try again later.</source>
        <translation>Le serveur de courrier {host} a fermé la connexion pendant la lecture. Rien n&apos;a été consigné; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The mail server {host} could not be reached over TLS: {reason}.</source>
        <translation>Impossible de joindre le serveur de courrier {host} en TLS&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the user name or the password.</source>
        <translation>Le serveur de courrier {host} a refusé le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The server {url} could not be reached; nothing was synced. Try again later.</source>
        <translation>Impossible de joindre le serveur {url}&#xa0;; rien n&apos;a été synchronisé. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server {url} refused the user name or password; nothing was synced.</source>
        <translation>Le serveur {url} a refusé le nom d&apos;utilisateur ou le mot de passe&#xa0;; rien n&apos;a été synchronisé.</translation>
    </message>
    <message>
        <source>The server {url} has no address book and would not let the app make one.</source>
        <translation>Le serveur {url} n&apos;a pas de carnet d&apos;adresses et n&apos;a pas laissé l&apos;application en créer un.</translation>
    </message>
    <message>
        <source>The server {url} would not keep a card or an event (HTTP {status}).</source>
        <translation>Le serveur {url} a refusé d&apos;enregistrer une fiche ou un événement (HTTP {status}).</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>No one has the tag “{tag}”.</source>
        <translation>Personne n&apos;a l&apos;étiquette « {tag} ».</translation>
    </message>
    <message>
        <source>The note is longer than {limit} characters; it was cut.</source>
        <translation>La note dépasse {limit} caractères; elle a été coupée.</translation>
    </message>
    <message>
        <source>The notebook cannot be written (its file or folder is read-only, or the drive was unplugged): nothing was saved; make it writable and try again.</source>
        <translation>Le carnet ne peut pas être écrit (son fichier ou son dossier est en lecture seule, ou le disque a été débranché)&#xa0;: rien n&apos;a été enregistré; rendez-le accessible en écriture et réessayez.</translation>
    </message>
    <message>
        <source>The notebook could not be copied to {folder} ({reason}). It stays where it was.</source>
        <translation>Le carnet n&apos;a pas pu être copié dans {folder} ({reason}). Il reste où il était.</translation>
    </message>
    <message>
        <source>The notebook is already in that folder.</source>
        <translation>Le carnet est déjà dans ce dossier.</translation>
    </message>
    <message>
        <source>The notebook&apos;s server cannot be reached: nothing was saved, and what you typed is still here. Try again once the network or the server is back.</source>
        <translation>Le serveur du carnet est injoignable&#xa0;: rien n&apos;a été enregistré, et ce que vous avez tapé est toujours là. Réessayez quand le réseau ou le serveur sera revenu.</translation>
    </message>
    <message>
        <source>The number of results must be from 1 to {limit}.</source>
        <translation>Le nombre de résultats doit être de 1 à {limit}.</translation>
    </message>
    <message>
        <source>The reminder to get back in touch needs a title.</source>
        <translation>Le rappel pour reprendre contact doit avoir un titre.</translation>
    </message>
    <message>
        <source>The rewritten copy of {path} failed its check ({detail}).</source>
        <translation>La copie réécrite de {path} n&apos;a pas passé la vérification ({detail}).</translation>
    </message>
    <message>
        <source>The server for {path} cannot be reached ({reason}). Check the address and the network, or open a notebook file instead.</source>
        <translation>Le serveur de {path} est injoignable ({reason}). Vérifiez l&apos;adresse et le réseau, ou ouvrez plutôt un fichier de carnet.</translation>
    </message>
    <message>
        <source>The server refused the password for {account}. Nothing was opened.</source>
        <translation>Le serveur a refusé le mot de passe de {account}. Rien n&apos;a été ouvert.</translation>
    </message>
    <message>
        <source>The server {url} would not send a card (HTTP {status}).</source>
        <translation>Le serveur {url} a refusé d&apos;envoyer une fiche (HTTP {status}).</translation>
    </message>
    <message>
        <source>The sync was stopped; the notebook is as it was. The next sync finishes.</source>
        <translation>La synchronisation a été arrêtée&#xa0;; le carnet est tel qu’il était. La prochaine synchronisation la terminera.</translation>
    </message>
    <message>
        <source>There is no holiday calendar for “{country}”.</source>
        <translation>Il n’y a pas de calendrier des jours fériés pour « {country} ».</translation>
    </message>
    <message>
        <source>There is no person {person_id} in this notebook.</source>
        <translation>Il n&apos;y a pas de personne {person_id} dans ce carnet.</translation>
    </message>
    <message>
        <source>These are not profile fields: {fields}.</source>
        <translation>Ce ne sont pas des champs du profil&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>These columns are not in the file: {columns}.</source>
        <translation>Ces colonnes ne sont pas dans le fichier&#xa0;: {columns}.</translation>
    </message>
    <message>
        <source>This card cannot be read: “{text}” is not a property; it was left out.</source>
        <translation>Cette fiche est illisible&#xa0;: «&#xa0;{text}&#xa0;» n&apos;est pas une propriété; elle a été laissée de côté.</translation>
    </message>
    <message>
        <source>This card is cut short (no END:VCARD); it was left out. The file may be incomplete.</source>
        <translation>Cette fiche est tronquée (pas de END:VCARD); elle a été laissée de côté. Le fichier est peut-être incomplet.</translation>
    </message>
    <message>
        <source>This contact has no name, so it cannot be imported.</source>
        <translation>Ce contact n&apos;a pas de nom, il ne peut donc pas être importé.</translation>
    </message>
    <message>
        <source>This contact has no name: it is named “{name}” after its email address. Check the name.</source>
        <translation>Ce contact n&apos;a pas de nom&#xa0;: il est nommé «&#xa0;{name}&#xa0;» d&apos;après son adresse courriel. Vérifiez le nom.</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>Cette fusion a déjà été annulée.</translation>
    </message>
    <message>
        <source>This note is longer than {limit} characters.</source>
        <translation>Cette note dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>This row cannot be read ({reason}); it was left out.</source>
        <translation>Cette ligne est illisible ({reason}); elle a été laissée de côté.</translation>
    </message>
    <message>
        <source>This was changed elsewhere (in another window or on another computer) after you started your change, which was not saved over it.</source>
        <translation>Ceci a été modifié ailleurs (dans une autre fenêtre ou sur un autre ordinateur) après que vous avez commencé votre modification, qui n&apos;a pas été enregistrée par-dessus.</translation>
    </message>
    <message>
        <source>Write fr or en.</source>
        <translation>Écrivez fr ou en.</translation>
    </message>
    <message>
        <source>Write tu or vous.</source>
        <translation>Écrivez tu ou vous.</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>un tube nommé</translation>
    </message>
    <message>
        <source>a row of the table {table} points to one that is not in the file.</source>
        <translation>une ligne de la table {table} renvoie à une ligne absente du fichier.</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>un lien symbolique</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>un autre programme l&apos;utilise</translation>
    </message>
    <message>
        <source>it does not say which notebook schema it holds.</source>
        <translation>il n&apos;indique pas quel schéma de carnet il contient.</translation>
    </message>
    <message>
        <source>it has no tables.</source>
        <translation>il n&apos;a aucune table.</translation>
    </message>
    <message>
        <source>it has tables this version does not know: {tables}.</source>
        <translation>il contient des tables que cette version ne connaît pas&#xa0;: {tables}.</translation>
    </message>
    <message>
        <source>it holds a notebook from a newer version of Relationship Notebook (schema {revision}). Update the app to load it.</source>
        <translation>il contient un carnet d&apos;une version plus récente de Relationship Notebook (schéma {revision}). Mettez l&apos;application à jour pour le charger.</translation>
    </message>
    <message>
        <source>it is not a Relationship Notebook JSON export.</source>
        <translation>ce n&apos;est pas un export JSON de Relationship Notebook.</translation>
    </message>
    <message>
        <source>it is not a notebook JSON file (not valid JSON).</source>
        <translation>ce n&apos;est pas un fichier JSON de carnet (JSON non valide).</translation>
    </message>
    <message>
        <source>it may not be read here</source>
        <translation>il ne peut pas être lu ici</translation>
    </message>
    <message>
        <source>it was written by a newer version of Relationship Notebook (format version {version}, this app reads up to {readable}). Update the app to load it.</source>
        <translation>il a été écrit par une version plus récente de Relationship Notebook (format version {version}, cette application lit jusqu&apos;à {readable}). Mettez l&apos;application à jour pour le charger.</translation>
    </message>
    <message>
        <source>its format version is missing or not a whole number.</source>
        <translation>sa version de format manque ou n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>row {row} of the table {table} has fields this version does not know: {fields}.</source>
        <translation>la ligne {row} de la table {table} a des champs que cette version ne connaît pas&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>row {row} of the table {table} has no {field}.</source>
        <translation>la ligne {row} de la table {table} n&apos;a pas de {field}.</translation>
    </message>
    <message>
        <source>row {row} of the table {table}: {field} is {value}; {problem}.</source>
        <translation>la ligne {row} de la table {table}&#xa0;: {field} vaut {value}; {problem}.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>le disque a signalé une erreur</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>the file is no longer a database</source>
        <translation>le fichier n&apos;est plus une base de données</translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation>le serveur est injoignable</translation>
    </message>
    <message>
        <source>the table {table} is not a list of rows.</source>
        <translation>la table {table} n&apos;est pas une liste de lignes.</translation>
    </message>
    <message>
        <source>the table {table} repeats an id, or a row points to one that is not in the file.</source>
        <translation>la table {table} répète un identifiant, ou une ligne renvoie à une ligne absente du fichier.</translation>
    </message>
    <message>
        <source>{label} holds no contacts.</source>
        <translation>{label} ne contient aucun contact.</translation>
    </message>
    <message>
        <source>{label} is empty: there are no contacts to import.</source>
        <translation>{label} est vide&#xa0;: il n&apos;y a aucun contact à importer.</translation>
    </message>
    <message>
        <source>{label} is named like a vCard file but holds no contact card (BEGIN:VCARD).</source>
        <translation>{label} est nommé comme un fichier vCard mais ne contient aucune fiche de contact (BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>{label} is neither a vCard nor a CSV file of contacts. Export your contacts as vCard (.vcf) or CSV and import that file.</source>
        <translation>{label} n&apos;est ni un fichier vCard ni un fichier CSV de contacts. Exportez vos contacts en vCard (.vcf) ou en CSV et importez ce fichier.</translation>
    </message>
    <message>
        <source>{label} is {size} MB; files over {limit} MB are not imported. Export your contacts without photos, or in several files.</source>
        <translation>{label} fait {size} Mo; les fichiers de plus de {limit} Mo ne sont pas importés. Exportez vos contacts sans photos, ou en plusieurs fichiers.</translation>
    </message>
    <message>
        <source>{name} cannot be loaded: {reason}</source>
        <translation>{name} ne peut pas être chargé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <translation>{name} n&apos;a pas pu être lu ({reason}).</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}); run `relnotebook check` on it.</source>
        <translation>{name} n&apos;a pas pu être lu ({reason}); lancez `relnotebook check` sur ce fichier.</translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}); nothing was saved.</source>
        <translation>{name} n&apos;a pas pu être écrit ({reason}); rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>{name} is not a text file (it looks like a picture, a program or a document). Export your contacts as vCard (.vcf) or CSV and import that file.</source>
        <translation>{name} n&apos;est pas un fichier texte (on dirait une image, un programme ou un document). Exportez vos contacts en vCard (.vcf) ou en CSV et importez ce fichier.</translation>
    </message>
    <message>
        <source>{name} is not empty: a copy or a notebook JSON file goes only into a new, empty notebook.</source>
        <translation>{name} n&apos;est pas vide&#xa0;: une copie ou un fichier JSON de carnet ne va que dans un nouveau carnet vide.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: SQLite was not allowed to read or lock it ({reason}). This is a permission problem, not damage; the notebook was not changed.</source>
        <translation>{path} ne peut pas être ouvert&#xa0;: SQLite n&apos;a pas eu le droit de le lire ou de le verrouiller ({reason}). C&apos;est une question de droits d&apos;accès&#xa0;: le carnet n&apos;est pas endommagé et n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the file {file} beside it cannot be read or written by you (running the app as another user, with sudo for instance, leaves such a file). This is a permission problem, not damage: make the file yours again, then try again. The notebook was not changed.</source>
        <translation>{path} ne peut pas être ouvert&#xa0;: vous ne pouvez ni lire ni écrire le fichier {file} à côté de lui (lancer l&apos;application sous un autre utilisateur, avec sudo par exemple, laisse un tel fichier). C&apos;est une question de droits d&apos;accès, le carnet n&apos;est pas endommagé&#xa0;: redevenez propriétaire de ce fichier, puis réessayez. Le carnet n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>{path} cannot be read as mail: it does not exist.</source>
        <translation>{path} ne peut pas être lu comme du courrier&#xa0;: il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{path} cannot be read to copy it: {exc}.</source>
        <translation>{path} ne peut pas être lu pour le copier&#xa0;: {exc}.</translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied.</source>
        <translation>{path} ne peut pas être lu&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} ne peut pas être lu&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{path} contains a password. Give the address without it: the password is asked for, or read from the system keyring.</source>
        <translation>{path} contient un mot de passe. Donnez l&apos;adresse sans lui&#xa0;: le mot de passe est demandé, ou lu dans le trousseau du système.</translation>
    </message>
    <message>
        <source>{path} could not be backed up: it is damaged (SQLite reports: {detail}).</source>
        <translation>{path} n&apos;a pas pu être sauvegardé&#xa0;: il est endommagé (SQLite signale&#xa0;: {detail}).</translation>
    </message>
    <message>
        <source>{path} could not be prepared: {exc}. Nothing was changed.</source>
        <translation>{path} n&apos;a pas pu être préparé&#xa0;: {exc}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{path} could not be rewritten and was left as it was: {reason}</source>
        <translation>{path} n&apos;a pas pu être réécrit et a été laissé tel quel&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path} could not be upgraded: {count} links between records would break. Nothing was changed.</source>
        <translation>{path} n&apos;a pas pu être mis à niveau&#xa0;: {count} liens entre fiches seraient rompus. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} n&apos;existe pas ou n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{path} does not exist: there is nothing to copy.</source>
        <translation>{path} n&apos;existe pas&#xa0;: il n&apos;y a rien à copier.</translation>
    </message>
    <message>
        <source>{path} holds no Thunderbird mail folders (Mail or ImapMail).</source>
        <translation>{path} ne contient aucun dossier de courrier Thunderbird (Mail ou ImapMail).</translation>
    </message>
    <message>
        <source>{path} holds tables of another application, not a notebook. Use an empty database for a new notebook.</source>
        <translation>{path} contient les tables d&apos;une autre application, pas un carnet. Utilisez une base de données vide pour un nouveau carnet.</translation>
    </message>
    <message>
        <source>{path} is a database of another application, not a notebook.</source>
        <translation>{path} est une base de données d&apos;une autre application, pas un carnet.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a contacts file.</source>
        <translation>{path} est un dossier, pas un fichier de contacts.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a notebook JSON file.</source>
        <translation>{path} est un dossier, pas un fichier JSON de carnet.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a notebook file.</source>
        <translation>{path} est un dossier, pas un fichier de carnet.</translation>
    </message>
    <message>
        <source>{path} is a special file (a pipe, a device or a socket), not a contacts file.</source>
        <translation>{path} est un fichier spécial (un tube, un périphérique ou un socket), pas un fichier de contacts.</translation>
    </message>
    <message>
        <source>{path} is damaged (SQLite reports: {detail}) and was not opened. The file was left exactly as it is; restore a backup to carry on.</source>
        <translation>{path} est endommagé (SQLite signale&#xa0;: {detail}) et n&apos;a pas été ouvert. Le fichier a été laissé tel quel; restaurez une sauvegarde pour continuer.</translation>
    </message>
    <message>
        <source>{name} is damaged (SQLite reports: {detail}): nothing more can be saved in it. Restore a backup to carry on.</source>
        <translation>{name} est endommagé (SQLite signale&#xa0;: {detail})&#xa0;: plus rien ne peut y être enregistré. Restaurez une sauvegarde pour continuer.</translation>
    </message>
    <message>
        <source>{path} is damaged (SQLite reports: {detail}).</source>
        <translation>{path} est endommagé (SQLite signale&#xa0;: {detail}).</translation>
    </message>
    <message>
        <source>{path} is damaged ({exc}).</source>
        <translation>{path} est endommagé ({exc}).</translation>
    </message>
    <message>
        <source>{path} is damaged: {integrity}</source>
        <translation>{path} est endommagé&#xa0;: {integrity}</translation>
    </message>
    <message>
        <source>{path} is empty or was written by an earlier version: open it once for writing (that sets it up or upgrades it), then try again.</source>
        <translation>{path} est vide ou a été écrit par une version antérieure&#xa0;: ouvrez-le une fois en écriture (cela le prépare ou le met à niveau), puis réessayez.</translation>
    </message>
    <message>
        <source>{path} is empty: it is not a notebook yet.</source>
        <translation>{path} est vide&#xa0;: ce n&apos;est pas encore un carnet.</translation>
    </message>
    <message>
        <source>{path} is empty: it is not a notebook.</source>
        <translation>{path} est vide&#xa0;: ce n&apos;est pas un carnet.</translation>
    </message>
    <message>
        <source>{path} is not a Maildir (it has no cur or new folder).</source>
        <translation>{path} n&apos;est pas un Maildir (il n&apos;a pas de dossier cur ou new).</translation>
    </message>
    <message>
        <source>{path} is not a Relationship Notebook file.</source>
        <translation>{path} n&apos;est pas un fichier Relationship Notebook.</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>{path} is not a server address PostgreSQL understands.</source>
        <translation>{path} n&apos;est pas une adresse de serveur que PostgreSQL comprend.</translation>
    </message>
    <message>
        <source>{path} is on a PostgreSQL server, and this installation has no PostgreSQL driver. Install it with: pip install &apos;relnotebook[postgresql]&apos;.</source>
        <translation>{path} est sur un serveur PostgreSQL, et cette installation n&apos;a pas de pilote PostgreSQL. Installez-le avec&#xa0;: pip install &apos;relnotebook[postgresql]&apos;.</translation>
    </message>
    <message>
        <source>{path} is read-only, so it could not be rewritten.</source>
        <translation>{path} est en lecture seule, il n&apos;a donc pas pu être réécrit.</translation>
    </message>
    <message>
        <source>{path} is read-only: the notebook needs a folder and file it can write to.</source>
        <translation>{path} est en lecture seule&#xa0;: le carnet a besoin d&apos;un dossier et d&apos;un fichier où il peut écrire.</translation>
    </message>
    <message>
        <source>{path} is the notebook itself, not a backup of it.</source>
        <translation>{path} est le carnet lui-même, pas une sauvegarde.</translation>
    </message>
    <message>
        <source>{path} is {kind}, not a file: it was not read.</source>
        <translation>{path} est {kind}, pas un fichier&#xa0;: il n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>{path} is {kind}, not a file: nothing was written there.</source>
        <translation>{path} est {kind}, pas un fichier&#xa0;: rien n&apos;y a été écrit.</translation>
    </message>
    <message>
        <source>{path} is {kind}, not a notebook JSON file.</source>
        <translation>{path} est {kind}, pas un fichier JSON de carnet.</translation>
    </message>
    <message>
        <source>{path} is {kind}, not a notebook file.</source>
        <translation>{path} est {kind}, pas un fichier de carnet.</translation>
    </message>
    <message>
        <source>{path} looks damaged and cannot be read ({exc}).</source>
        <translation>{path} semble endommagé et ne peut pas être lu ({exc}).</translation>
    </message>
    <message>
        <source>{path} names no database: add /dbname at the end of the address.</source>
        <translation>{path} ne nomme aucune base de données&#xa0;: ajoutez /nom_de_la_base à la fin de l&apos;adresse.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Relationship Notebook. Update the app to open it; nothing was changed.</source>
        <translation>{path} a été écrit par une version plus récente de Relationship Notebook. Mettez l&apos;application à jour pour l&apos;ouvrir; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Relationship Notebook. Update the app to open it; the file was left untouched.</source>
        <translation>{path} a été écrit par une version plus récente de Relationship Notebook. Mettez l&apos;application à jour pour l&apos;ouvrir; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>{path} was written by an earlier version: open it in the app once to upgrade it, then try again.</source>
        <translation>{path} a été écrit par une version antérieure&#xa0;: ouvrez-le une fois dans l&apos;application pour le mettre à niveau, puis réessayez.</translation>
    </message>
    <message>
        <source>{problem} It was left out.</source>
        <translation>{problem} Cette valeur a été laissée de côté.</translation>
    </message>
    <message>
        <source>{target} already exists; choose another folder or rename that file.</source>
        <translation>{target} existe déjà; choisissez un autre dossier ou renommez ce fichier.</translation>
    </message>
    <message>
        <source>“{region}” is not a province or state of {country}.</source>
        <translation>« {region} » n’est pas une province ou un État de {country}.</translation>
    </message>
    <message>
        <source>“{region}” is not a country code such as CA or FR.</source>
        <translation>« {region} » n’est pas un code de pays comme CA ou FR.</translation>
    </message>
    <message>
        <source>“{text}” has no month {month}.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;a pas de mois {month}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date I can read. Try 2026-12-15, 15 Dec or mid-December.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date lisible. Essayez 2026-12-15, 15 déc. ou mi-décembre.</translation>
    </message>
    <message>
        <source>“{text}” is not a day of that month.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un jour de ce mois.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>“{text}” is not a valid date.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>“{text}” is not an email address.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une adresse courriel.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Acquaintance</source>
        <translation>Connaissance</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Former client</source>
        <translation>Ancien client</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Voyage</translation>
    </message>
    <message>
        <source>Hobby</source>
        <translation>Passe-temps</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Busy period</source>
        <translation>Période occupée</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>À déterminer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
</context>
<context>
    <name>newsletter</name>
    <message>
        <source>Express, in writing</source>
        <translation>Exprès, par écrit</translation>
    </message>
    <message>
        <source>Express, verbal</source>
        <translation>Exprès, verbal</translation>
    </message>
    <message>
        <source>Implied: business relationship</source>
        <translation>Tacite&#xa0;: relation d&apos;affaires</translation>
    </message>
    <message>
        <source>Implied: inquiry</source>
        <translation>Tacite&#xa0;: demande de renseignements</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Pas demandé</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonné</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Désabonné</translation>
    </message>
</context>
<context>
    <name>referrals</name>
    <message>
        <source>Reciprocal arrangement</source>
        <translation>Entente réciproque</translation>
    </message>
    <message>
        <source>Trust (spontaneous)</source>
        <translation>Confiance (spontanée)</translation>
    </message>
    <message>
        <source>Partnership (multidisciplinary)</source>
        <translation>Partenariat (multidisciplinaire)</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Rien encore</translation>
    </message>
    <message>
        <source>A mandate</source>
        <translation>Un mandat</translation>
    </message>
    <message>
        <source>Became a client</source>
        <translation>Devenu client</translation>
    </message>
</context>
<context>
    <name>sending</name>
    <message>
        <source>Mark as sent with these warnings?</source>
        <translation>Marquer comme envoyé malgré ces avertissements?</translation>
    </message>
    <message>
        <source>The check still finds this in your message:</source>
        <translation>La vérification trouve encore ceci dans votre message&#xa0;:</translation>
    </message>
    <message>
        <source>Mark it as sent anyway? Choose No to edit it first.</source>
        <translation>Le marquer comme envoyé quand même? Choisissez Non pour d’abord le modifier.</translation>
    </message>
    <message>
        <source>The mail app could not be opened</source>
        <translation>Le logiciel de courriel n’a pas pu être ouvert</translation>
    </message>
    <message>
        <source>No mail app opened for this message: none may be set up on this computer. Save it as an .eml file (your mail app opens it as a draft), or copy it and paste it into your webmail.</source>
        <translation>Aucun logiciel de courriel ne s’est ouvert pour ce message&#xa0;: il se peut qu’aucun ne soit configuré sur cet ordinateur. Enregistrez-le en fichier .eml (votre logiciel de courriel l’ouvre comme brouillon), ou copiez-le et collez-le dans votre webmail.</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Enregistrer en .eml…</translation>
    </message>
    <message>
        <source>Copy the message</source>
        <translation>Copier le message</translation>
    </message>
</context>
<context>
    <name>signals</name>
    <message>
        <source>No answer yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Intéressé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Replied (found in your mail)</source>
        <translation>A répondu (trouvé dans votre courrier)</translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <source>Next-day note</source>
        <translation>Mot du lendemain</translation>
    </message>
    <message>
        <source>Coffee invitation</source>
        <translation>Invitation à prendre un café</translation>
    </message>
    <message>
        <source>Ask how it went</source>
        <translation>Demander comment ça s&apos;est passé</translation>
    </message>
    <message>
        <source>Newsletter offer</source>
        <translation>Offre de l&apos;infolettre</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Next-day thank-you</source>
        <translation>Remerciement du lendemain</translation>
    </message>
    <message>
        <source>Other message</source>
        <translation>Autre message</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>%1 replied to your coffee invitation on %2</source>
        <translation>%1 a répondu à votre invitation à prendre un café le %2</translation>
    </message>
    <message>
        <source>%1 replied to your newsletter offer on %2</source>
        <translation>%1 a répondu à votre offre d&apos;infolettre le %2</translation>
    </message>
    <message>
        <source>%1 replied to your message on %2</source>
        <translation>%1 a répondu à votre message le %2</translation>
    </message>
    <message>
        <source>coffee planned for %1</source>
        <translation>café prévu le %1</translation>
    </message>
    <message>
        <source>follow-up planned for %1</source>
        <translation>suivi prévu le %1</translation>
    </message>
    <message>
        <source>Met at %1 on %2</source>
        <translation>Rencontre&#xa0;: %1, le %2</translation>
    </message>
    <message>
        <source>mentioned: %1, ended %2</source>
        <translation>mentionné&#xa0;: %1, terminé le %2</translation>
    </message>
    <message>
        <source>mentioned: %1</source>
        <translation>mentionné&#xa0;: %1</translation>
    </message>
    <message>
        <source>busy until %1</source>
        <translation>occupé jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>good prospect, never offered the newsletter</source>
        <translation>bon prospect, infolettre jamais offerte</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>d’ici le %1</translation>
    </message>
    <message>
        <source>%1: weekend</source>
        <translation>%1 : fin de semaine</translation>
    </message>
    <message>
        <source>%1: closed until %2, %3</source>
        <translation>%1 : fermé jusqu’au %2, %3</translation>
    </message>
    <message>
        <source>Birthday — %1</source>
        <translation>Anniversaire — %1</translation>
    </message>
    <message>
        <source>Anniversary — %1</source>
        <translation>Anniversaire de mariage — %1</translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation>Anniversaire aujourd’hui</translation>
    </message>
    <message>
        <source>Anniversary today</source>
        <translation>Anniversaire de mariage aujourd’hui</translation>
    </message>
    <message>
        <source>Birthday on %1</source>
        <translation>Anniversaire %1</translation>
    </message>
    <message>
        <source>Anniversary on %1</source>
        <translation>Anniversaire de mariage %1</translation>
    </message>
    <message>
        <source>turns %1</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>overdue by %1 days (due %2)</source>
        <translation>en retard de %1 jours (prévu le %2)</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>prévu aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Late or promised today</source>
        <translation>En retard ou promis pour aujourd’hui</translation>
    </message>
    <message>
        <source>Calls due</source>
        <translation>Appels prévus</translation>
    </message>
    <message>
        <source>Market sweep calls</source>
        <translation>Appels de la tournée</translation>
    </message>
    <message>
        <source>Messages to send</source>
        <translation>Messages à envoyer</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Consents to ask for</source>
        <translation>Consentements à demander</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>prévu le %1</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>tous les %1 jours</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>dernier contact le %1</translation>
    </message>
    <message>
        <source>no contact logged yet</source>
        <translation>aucun contact consigné pour l&apos;instant</translation>
    </message>
    <message>
        <source>they called the last two times: call them first</source>
        <translation>la personne a appelé les deux dernières fois&#xa0;: appelez-la en premier</translation>
    </message>
    <message>
        <source>Open the person</source>
        <translation>Ouvrir la fiche</translation>
    </message>
    <message>
        <source>Do the selected one (the first button)</source>
        <translation>Faire l’élément sélectionné (le premier bouton)</translation>
    </message>
    <message>
        <source>Call: log a call with them</source>
        <translation>Appeler : noter un appel avec la personne</translation>
    </message>
    <message>
        <source>Write: a message to them</source>
        <translation>Écrire : un message à la personne</translation>
    </message>
    <message>
        <source>Not now: show it again later</source>
        <translation>Pas maintenant : le montrer plus tard</translation>
    </message>
</context>
</TS>
