"""Personal details as advisors type them, with the mention a message should use.

(kind, detail as typed, expected mention: « tu » form in French, None when no mention reads
right). Half French, half English; trips, hobbies, family and other.
"""

FRENCH: list[tuple[str, str, str | None]] = [
    # trips
    ("trip", "Voyage à vélo à travers la Croatie", "ton voyage à vélo à travers la Croatie"),
    ("trip", "Voyage au Japon avec son mari", "ton voyage au Japon avec ton mari"),
    ("trip", "Part en Italie en mai", "ton voyage en Italie en mai"),
    ("trip", "Va au Portugal cet été", "ton voyage au Portugal cet été"),
    ("trip", "Croisière en Alaska", "ta croisière en Alaska"),
    ("trip", "Randonnée dans les Rocheuses", "ta randonnée dans les Rocheuses"),
    ("trip", "Revient d’un voyage en Asie", "ton voyage en Asie"),
    ("trip", "Part faire le Camino en septembre", "ton voyage pour faire le Camino en septembre"),
    ("trip", "Séjour à Paris avec sa fille", "ton séjour à Paris avec ta fille"),
    ("trip", "Expédition en Patagonie", "ton expédition en Patagonie"),
    ("trip", "S’en va en Gaspésie en juillet", "ton voyage en Gaspésie en juillet"),
    ("trip", "Son voyage en Islande", "ton voyage en Islande"),
    ("trip", "Vacances en Floride avec les enfants", "tes vacances en Floride avec les enfants"),
    ("trip", "Tour du Mont-Blanc en août", "ton tour du Mont-Blanc en août"),
    ("trip", "Est parti au Maroc pour deux semaines", "ton voyage au Maroc pour deux semaines"),
    # hobbies
    ("hobby", "Fait du vélo de montagne à Bromont", "ton vélo de montagne à Bromont"),
    ("hobby", "Joue au hockey le mardi soir", "ton hockey du mardi soir"),
    ("hobby", "Fait de la voile sur le lac Champlain", "ta voile sur le lac Champlain"),
    ("hobby", "Joue de la guitare dans un groupe", "ta guitare dans un groupe"),
    ("hobby", "Pratique le yoga", "ton yoga"),
    ("hobby", "Fait des marathons", "tes marathons"),
    ("hobby", "Apprend l’espagnol", "ton apprentissage de l’espagnol"),
    ("hobby", "Apprend le piano", "ton apprentissage du piano"),
    ("hobby", "Adore la pêche à la mouche", "ta passion pour la pêche à la mouche"),
    ("hobby", "Passionné de généalogie", "ta passion pour la généalogie"),
    ("hobby", "Grand fan des Canadiens", "ta passion pour les Canadiens"),
    ("hobby", "Chorale du quartier", "ta chorale du quartier"),
    ("hobby", "Photographie d’oiseaux", "ta photographie d’oiseaux"),
    (
        "hobby",
        "S’entraîne pour le marathon de Montréal",
        "ton entraînement pour le marathon de Montréal",
    ),
    ("hobby", "Joue au golf tous les samedis", "ton golf tous les samedis"),
    ("hobby", "Fait partie d’une chorale", "ta chorale"),
    ("hobby", "Aime faire du ski de fond", "ta passion pour le ski de fond"),
    ("hobby", "Collectionne les vieux vinyles", "tes vieux vinyles"),
    ("hobby", "Fait beaucoup de kayak", "ton kayak"),
    ("hobby", "Club de lecture", "ton club de lecture"),
    # family
    (
        "family",
        "Sa fille finit le cégep et hésite entre McGill et Laval",
        "ta fille et son choix entre McGill et Laval",
    ),
    ("family", "Ses parents déménagent à Québec", "le déménagement de tes parents à Québec"),
    ("family", "Son fils se marie en juin", "le mariage de ton fils en juin"),
    ("family", "Deux enfants au primaire", "tes deux enfants au primaire"),
    ("family", "Sa fille joue au soccer", "ta fille qui joue au soccer"),
    ("family", "Son fils aîné entre à l’université", "ton fils aîné qui entre à l’université"),
    ("family", "Se marie en août", "ton mariage en août"),
    ("family", "Sa conjointe attend des jumeaux", "ta conjointe qui attend des jumeaux"),
    ("family", "Petits-enfants à Vancouver", "tes petits-enfants à Vancouver"),
    ("family", "Son chum est pompier", "ton chum qui est pompier"),
    ("family", "Sa mère vient d’avoir 90 ans", "ta mère qui vient d’avoir 90 ans"),
    ("family", "Ses jumeaux commencent la maternelle", "tes jumeaux qui commencent la maternelle"),
    ("family", "Nouveau chien, un labrador", "ton nouveau chien, un labrador"),
    ("family", "Prend sa retraite en juin", "ta retraite en juin"),
    ("family", "Sa fille étudie en médecine", "ta fille qui étudie en médecine"),
    # other
    ("other", "Rénove son chalet", "la rénovation de ton chalet"),
    ("other", "Déménage à Sherbrooke cet automne", "ton déménagement à Sherbrooke cet automne"),
    ("other", "Bénévole à la Guignolée", "ton bénévolat à la Guignolée"),
    ("other", "Construit une maison à Sutton", "la construction de ta maison à Sutton"),
    ("other", "Chalet à Magog", "ton chalet à Magog"),
    (
        "other",
        "Vient d’acheter un chalet dans les Laurentides",
        "l’achat de ton chalet dans les Laurentides",
    ),
    ("other", "Termine son MBA", "ton MBA"),
    (
        "other",
        "Écrit un livre sur l’histoire de Trois-Rivières",
        "ton livre sur l’histoire de Trois-Rivières",
    ),
    (
        "other",
        "Organise un tournoi de golf pour la fondation",
        "l’organisation de ton tournoi de golf pour la fondation",
    ),
    ("other", "Entraîne l’équipe de soccer de son fils", "l’équipe de soccer de ton fils"),
    ("other", "Il adore le jazz", None),
    ("other", "Allergique aux arachides", None),
]

ENGLISH: list[tuple[str, str, str | None]] = [
    # trips
    ("trip", "Cycling trip across Croatia", "your cycling trip across Croatia"),
    ("trip", "Trip to Japan with her husband", "your trip to Japan with your husband"),
    ("trip", "Going to Italy in May", "your trip to Italy in May"),
    ("trip", "Heading to Portugal this summer", "your trip to Portugal this summer"),
    ("trip", "Alaska cruise", "your Alaska cruise"),
    ("trip", "Hiking trip in the Rockies", "your hiking trip in the Rockies"),
    ("trip", "Just back from Vietnam", "your trip to Vietnam"),
    ("trip", "Just got back from a safari in Kenya", "your safari in Kenya"),
    ("trip", "Walking the Camino in September", "walking the Camino in September"),
    ("trip", "Her trip to Iceland", "your trip to Iceland"),
    ("trip", "Family vacation in Florida", "your family vacation in Florida"),
    ("trip", "Is going to Greece with his wife", "your trip to Greece with your wife"),
    ("trip", "Leaving for Mexico next week", "your trip to Mexico next week"),
    ("trip", "Road trip to the Maritimes", "your road trip to the Maritimes"),
    ("trip", "Ski trip to Whistler in February", "your ski trip to Whistler in February"),
    # hobbies
    ("hobby", "Loves sailing on Lake Champlain", "your sailing on Lake Champlain"),
    ("hobby", "Plays hockey on Tuesday nights", "your hockey on Tuesday nights"),
    ("hobby", "Mountain biking in Bromont", "your mountain biking in Bromont"),
    ("hobby", "Runs marathons", "your marathons"),
    ("hobby", "Training for the Boston marathon", "your training for the Boston marathon"),
    ("hobby", "Is training for an Ironman", "your training for an Ironman"),
    ("hobby", "Learning Spanish", "your Spanish lessons"),
    ("hobby", "Plays in a jazz band", "your jazz band"),
    ("hobby", "Loves jazz", "your love of jazz"),
    ("hobby", "Big fan of the Canadiens", "your love of the Canadiens"),
    ("hobby", "Fly fishing", "your fly fishing"),
    ("hobby", "Sings in a choir", "your choir"),
    ("hobby", "Does CrossFit every morning", "your CrossFit every morning"),
    ("hobby", "Plays golf every Saturday", "your golf every Saturday"),
    ("hobby", "Enjoys woodworking", "your woodworking"),
    ("hobby", "Book club", "your book club"),
    ("hobby", "Collects vintage cameras", "your vintage cameras"),
    ("hobby", "Passionate about birdwatching", "your passion for birdwatching"),
    ("hobby", "Learning to play the cello", "your cello lessons"),
    ("hobby", "Photography", "your photography"),
    # family
    (
        "family",
        "His daughter is choosing between McGill and Laval",
        "your daughter choosing between McGill and Laval",
    ),
    ("family", "Her son is getting married in June", "your son’s wedding in June"),
    ("family", "Her parents are moving to Quebec City", "your parents moving to Quebec City"),
    ("family", "Two kids in elementary school", "your two kids in elementary school"),
    ("family", "His son plays junior hockey", "your son, who plays junior hockey"),
    ("family", "Getting married in August", "your wedding in August"),
    ("family", "Her wife is expecting twins", "your wife expecting twins"),
    ("family", "Grandkids in Vancouver", "your grandkids in Vancouver"),
    ("family", "Twins starting kindergarten", "your twins starting kindergarten"),
    ("family", "New puppy, a golden retriever", "your new puppy, a golden retriever"),
    ("family", "Retiring in June", "your retirement in June"),
    (
        "family",
        "Their daughter started university in Ottawa",
        "your daughter, who started university in Ottawa",
    ),
    ("family", "His mother just turned 90", "your mother, who just turned 90"),
    ("family", "Turning 50 in March", "your 50th birthday in March"),
    ("family", "Just had a baby girl", "your new baby girl"),
    # other
    ("other", "Renovating her cottage", "the renovation of your cottage"),
    ("other", "Moving to Sherbrooke this fall", "your move to Sherbrooke this fall"),
    ("other", "Volunteers at the food bank", "your volunteering at the food bank"),
    ("other", "Building a house in Sutton", "building your house in Sutton"),
    ("other", "Cottage in Magog", "your cottage in Magog"),
    ("other", "Just bought a cottage in the Laurentians", "your new cottage in the Laurentians"),
    ("other", "Finishing his MBA", "your MBA"),
    ("other", "Coaches his son’s soccer team", "your son’s soccer team"),
    ("other", "She loves jazz", None),
    ("other", "Allergic to peanuts", None),
    ("other", "Has a cottage on Lake Memphremagog", "your cottage on Lake Memphremagog"),
]

# Written after the rules above, as a check on them: 20 of these 24 were right on the first run
# (the four misses were fixed: a verb the lexicon does not know after "Sa femme", an infinitive
# after "partent", a language guess without function words, and one expectation of mine).
FRESH_FRENCH: list[tuple[str, str, str | None]] = [
    ("fresh", "Joue au tennis avec sa sœur", "ton tennis avec ta sœur"),
    ("fresh", "Voyage en Grèce en octobre", "ton voyage en Grèce en octobre"),
    ("fresh", "Son fils fait du hockey AAA", "ton fils qui fait du hockey AAA"),
    ("fresh", "Fait de l’escalade", "ton escalade"),
    ("fresh", "Sa femme ouvre une boulangerie", "ta femme qui ouvre une boulangerie"),
    ("fresh", "Pratique la course à pied", "ta course à pied"),
    ("fresh", "Petite-fille née en mars", "ta petite-fille née en mars"),
    ("fresh", "Cours de poterie le jeudi", "ton cours de poterie du jeudi"),
    ("fresh", "Part en Europe pour un mois", "ton voyage en Europe pour un mois"),
    ("fresh", "Adore le vélo", "ta passion pour le vélo"),
    (
        "fresh",
        "Ses enfants partent étudier à Montréal",
        "tes enfants qui partent étudier à Montréal",
    ),
    ("fresh", "Rénove sa cuisine", "la rénovation de ta cuisine"),
]
FRESH_ENGLISH: list[tuple[str, str, str | None]] = [
    ("fresh", "Plays tennis with his sister", "your tennis with your sister"),
    ("fresh", "Trip to Greece in October", "your trip to Greece in October"),
    ("fresh", "His son plays AAA hockey", "your son, who plays AAA hockey"),
    ("fresh", "Rock climbing", "your rock climbing"),
    ("fresh", "Her husband is opening a bakery", "your husband opening a bakery"),
    ("fresh", "Loves running", "your running"),
    ("fresh", "New granddaughter born in March", "your new granddaughter born in March"),
    ("fresh", "Pottery class on Thursdays", "your pottery class on Thursdays"),
    ("fresh", "Going to Europe for a month", "your trip to Europe for a month"),
    ("fresh", "Renovating the kitchen", "the renovation of your kitchen"),
    (
        "fresh",
        "Their kids are going to university in Montreal",
        "your kids going to university in Montreal",
    ),
    ("fresh", "Loves cycling", "your cycling"),
]

# The sample notebook's details (core/demo/writer.py), written by someone else before the rules
# existed: 28 of 39 were right on the first run (names in apposition, colons, "Spending three
# months", "Plays cello in an orchestra", "pour se rapprocher" were fixed after).
DEMO_FRENCH: list[tuple[str, str, str | None]] = [
    (
        "trip",
        "Voyage au Portugal avec son conjoint en octobre",
        "ton voyage au Portugal avec ton conjoint en octobre",
    ),
    ("hobby", "Chante dans une chorale à Saint-Lambert", "ta chorale à Saint-Lambert"),
    (
        "hobby",
        "Golfe deux fois par semaine, handicap de 8",
        "ton golf deux fois par semaine",
    ),
    (
        "family",
        "Sa fille Camille prend peu à peu la relève de l'entreprise",
        "ta fille Camille qui prend peu à peu la relève de l’entreprise",
    ),
    (
        "trip",
        "Voyage à Whistler avec ses jumeaux en mars",
        "ton voyage à Whistler avec tes jumeaux en mars",
    ),
    (
        "family",
        "Ses jumeaux, Félix et Zoé, sont au cégep",
        "tes jumeaux, Félix et Zoé, qui sont au cégep",
    ),
    ("other", "En congé de maternité jusqu'en mars (petite Léa)", None),
    ("hobby", "Course à pied : prépare un demi-marathon en mai", "ton demi-marathon en mai"),
    ("other", "Envisage d'acheter la pharmacie voisine, à Chambly", None),
    (
        "trip",
        "Voyage dans la vallée du Douro en octobre, pour le vin",
        "ton voyage dans la vallée du Douro en octobre, pour le vin",
    ),
    ("hobby", "Joue au hockey le dimanche matin", "ton hockey du dimanche matin"),
    ("other", "Vient de conclure une ronde de financement", None),
    ("family", "Deux jeunes enfants ; la famille vit à Laval", "tes deux jeunes enfants"),
    ("hobby", "Fait de la voile sur le lac Champlain", "ta voile sur le lac Champlain"),
    ("other", "Négocie la vente de sa firme à un groupe de Toronto", None),
    ("hobby", "Pêche à la mouche en Gaspésie", "ta pêche à la mouche en Gaspésie"),
    (
        "hobby",
        "Joue au hockey dans une ligue de garage le mardi soir",
        "ton hockey dans une ligue de garage du mardi soir",
    ),
    (
        "trip",
        "Voyage au Liban pour le mariage de son frère en février",
        "ton voyage au Liban pour le mariage de ton frère en février",
    ),
    (
        "other",
        "A déménagé à Québec pour se rapprocher de ses petits-enfants",
        "ton déménagement à Québec pour te rapprocher de tes petits-enfants",
    ),
]
DEMO_ENGLISH: list[tuple[str, str, str | None]] = [
    (
        "family",
        "First grandchild, Lily, born in March",
        "your first grandchild, Lily, born in March",
    ),
    (
        "trip",
        "Cruise to Alaska with his wife Margaret in June",
        "your cruise to Alaska with your wife Margaret in June",
    ),
    (
        "trip",
        "Sabbatical year in Edinburgh starting in September",
        "your sabbatical year in Edinburgh starting in September",
    ),
    ("hobby", "Plays cello in a community orchestra", "your community orchestra"),
    (
        "trip",
        "Spending three months in Florida from January",
        "your three months in Florida from January",
    ),
    (
        "trip",
        "Trip to Japan with her husband in November (Tokyo, then Kyoto)",
        "your trip to Japan with your husband in November",
    ),
    ("hobby", "Amateur bird photographer (Botanical Garden, mornings)", None),
    ("family", "Getting married in June", "your wedding in June"),
    ("hobby", "Training for a marathon in April", "your training for a marathon in April"),
    ("other", "Moved to Vancouver for work", "your move to Vancouver for work"),
    ("hobby", "Golf: member of a club on Île Bizard", "your club on Île Bizard"),
]

# Written after the demo round, as a last check: 3 of 4 right on the first run ("Just got a new
# boat" read "your new new boat"; fixed).
LAST_ENGLISH: list[tuple[str, str, str | None]] = [
    ("family", "Just got a puppy", "your new puppy"),
    ("trip", "Got back from Peru", "your trip to Peru"),
    ("trip", "Back from a cruise in Greece", "your cruise in Greece"),
    ("other", "Just got a new boat", "your new boat"),
]


# Written by i20-finish before reading the rules: on the first run 32 of 60 were as
# expected and 47 read right (13 were broken or missing: "your took the kids…", « ton mariage
# ta fille… », "your their first grandchild…", "your kids play…"). Then the rules were made
# general (gerund + object, took … to, expecting, event verb + son/sa/ses, passe, choosing
# between) and these expect what now reads right.
FINISH_FRENCH: list[tuple[str, str, str | None]] = [
    (
        "trip",
        "Part à Cuba avec sa conjointe en janvier",
        "ton voyage à Cuba avec ta conjointe en janvier",
    ),
    ("trip", "Vient de revenir de Barcelone", "ton retour de Barcelone"),
    ("trip", "Planifie un road trip dans l'Ouest canadien", "ton road trip dans l’Ouest canadien"),
    ("trip", "Sa croisière sur le Rhin au printemps", "ta croisière sur le Rhin au printemps"),
    (
        "trip",
        "Va voir ses petits-enfants à Vancouver à Noël",
        "ton voyage pour voir tes petits-enfants à Vancouver à Noël",
    ),
    ("trip", "Passe l'hiver en Floride", "ton hiver en Floride"),
    (
        "trip",
        "Fait le Chemin de Compostelle l'an prochain",
        "ton Chemin de Compostelle l’an prochain",
    ),
    ("hobby", "Joue au golf avec ses beaux-frères", "ton golf avec tes beaux-frères"),
    ("hobby", "Fait de la course à pied tous les matins", "ta course à pied tous les matins"),
    ("hobby", "Chante dans une chorale", "ta chorale"),
    ("hobby", "Passionné d'ornithologie", "ta passion pour l’ornithologie"),
    ("hobby", "Apprend l'espagnol", "ton apprentissage de l’espagnol"),
    ("hobby", "Entraîne l'équipe de soccer de son fils", "l’équipe de soccer de ton fils"),
    ("hobby", "Fait du ski de fond au mont Sainte-Anne", "ton ski de fond au mont Sainte-Anne"),
    ("hobby", "Adore cuisiner des plats italiens", None),
    ("hobby", "A couru son premier demi-marathon", "ton premier demi-marathon"),
    (
        "family",
        "Son fils commence l'université en septembre",
        "ton fils qui commence l’université en septembre",
    ),
    ("family", "Ses jumelles ont eu 5 ans", "tes jumelles qui ont eu 5 ans"),
    (
        "family",
        "Attend son premier petit-enfant en mars",
        "l’arrivée de ton premier petit-enfant en mars",
    ),
    ("family", "Sa mère déménage en résidence", "le déménagement de ta mère en résidence"),
    (
        "family",
        "Marie sa fille en juin à Charlevoix",
        "le mariage de ta fille en juin à Charlevoix",
    ),
    ("family", "Son conjoint vient de prendre sa retraite", "la retraite de ton conjoint"),
    (
        "family",
        "Les enfants font du hockey compétitif",
        "tes enfants qui font du hockey compétitif",
    ),
    ("family", "Nouveau chien, un golden de 3 mois", "ton nouveau chien, un golden de 3 mois"),
    ("other", "Rénove sa cuisine", "la rénovation de ta cuisine"),
    ("other", "Vient d'acheter un condo à Montréal", "l’achat de ton condo à Montréal"),
    (
        "other",
        "Construit un chalet dans les Laurentides",
        "la construction de ton chalet dans les Laurentides",
    ),
    ("other", "Prend sa retraite en juin", "ta retraite en juin"),
    ("other", "Bénévole à la Maison du Père", "ton bénévolat à la Maison du Père"),
    (
        "other",
        "Écrit un livre sur l'histoire de Sherbrooke",
        "ton livre sur l’histoire de Sherbrooke",
    ),
    (
        "family",
        "Ses jumeaux doivent choisir entre deux écoles",
        "tes jumeaux et leur choix entre deux écoles",
    ),
    (
        "trip",
        "Hésite entre la Grèce et le Portugal pour cet été",
        "ton choix entre la Grèce et le Portugal pour cet été",
    ),
]
FINISH_ENGLISH: list[tuple[str, str, str | None]] = [
    (
        "trip",
        "Going to Portugal with his wife in May",
        "your trip to Portugal with your wife in May",
    ),
    ("trip", "Just got back from Iceland", "your trip to Iceland"),
    ("trip", "Planning a road trip through the Maritimes", "your road trip through the Maritimes"),
    ("trip", "Her cruise to Alaska next summer", "your cruise to Alaska next summer"),
    ("trip", "Spending the winter in Arizona", "your winter in Arizona"),
    (
        "trip",
        "Visiting their son in Calgary over Christmas",
        "your visit to your son in Calgary over Christmas",
    ),
    ("trip", "Hiking the West Coast Trail in August", "hiking the West Coast Trail in August"),
    ("trip", "Took the kids to Disney World", "your trip to Disney World with the kids"),
    (
        "hobby",
        "Plays golf every Saturday with his brothers-in-law",
        "your golf every Saturday with your brothers-in-law",
    ),
    ("hobby", "Runs half-marathons", "your half-marathons"),
    ("hobby", "Sings in a church choir", "your church choir"),
    ("hobby", "Big into woodworking", "your woodworking"),
    ("hobby", "Learning Italian", "your Italian lessons"),
    ("hobby", "Coaches her daughter's soccer team", "your daughter’s soccer team"),
    ("hobby", "Avid fly fisherman", None),
    ("hobby", "Restoring a 1967 Mustang", "restoring your 1967 Mustang"),
    (
        "family",
        "Daughter is finishing high school and choosing between McGill and Queen's",
        "your daughter finishing high school and choosing between McGill and Queen’s",
    ),
    ("family", "His son just started at Dawson", "your son, who just started at Dawson"),
    ("family", "Expecting their first grandchild in March", "your first grandchild, due in March"),
    (
        "family",
        "Her mother is moving into a retirement home",
        "your mother moving into a retirement home",
    ),
    ("family", "Twins turned five last week", "your twins, who turned five last week"),
    ("family", "Wife just retired from teaching", "your wife, who just retired from teaching"),
    ("family", "Kids play competitive hockey", "your kids, who play competitive hockey"),
    (
        "family",
        "New puppy, a 3-month-old golden retriever",
        "your new puppy, a 3-month-old golden retriever",
    ),
    ("other", "Renovating their kitchen", "the renovation of your kitchen"),
    ("other", "Bought a condo in Old Montreal", "your new condo in Old Montreal"),
    ("other", "Building a cottage in Muskoka", "building your cottage in Muskoka"),
    ("other", "Retiring in June", "your retirement in June"),
    (
        "other",
        "Volunteers at the food bank on Sundays",
        "your volunteering at the food bank on Sundays",
    ),
    (
        "other",
        "Writing a book about the history of Sherbrooke",
        "writing your book about the history of Sherbrooke",
    ),
    # found afterwards, probing past tenses ("your took a cooking class…" before the fix)
    ("other", "Took a cooking class in Tuscany", "your cooking class in Tuscany"),
    ("trip", "Made a canoe trip on the Moisie", "your canoe trip on the Moisie"),
    ("hobby", "Joined a choir", "your choir"),
    ("other", "Opened a bakery in Verdun", "your bakery in Verdun"),
    ("other", "Opened up shop in Verdun", None),
]
