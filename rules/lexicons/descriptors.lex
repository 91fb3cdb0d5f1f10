# The phrase grammar of the entity stage (not actors: those are in the other *.lex files).
# One entry a line, `#` starts a comment, `[section]` headers; `word | value` where a value is needed.
# Words are matched case-insensitively, without full stops ("Inc." = "inc").

[org-suffixes]
# Last word of an organisation name | type.  "Kestrel Dynamics Ltd" -> company
inc | company
incorporated | company
corp | company
corporation | company
co | company
company | company
cos | company
ltd | company
limited | company
plc | company
llc | company
ag | company
sa | company
nv | company
bv | company
gmbh | company
spa | company
kk | company
ab | company
group | company
holdings | company
holding | company
industries | company
bank | company
airlines | company
airways | company
lines | company
motors | company
electronics | company
technologies | company
authority | government
board | government
commission | government
agency | government
administration | government
bureau | government
ministry | government
department | government
directorate | government
secretariat | government
inspectorate | government
regulator | government
office | government
court | court
tribunal | court
parliament | legislature
assembly | legislature
diet | legislature
senate | legislature
association | organization
federation | organization
union | organization
institute | organization
council | organization
chamber | organization
confederation | organization
exchange | organization

[org-prefixes]
# First word of an `X of Y` name | type.  "Ministry of Trade" -> government
ministry | government
department | government
bureau | government
office | government
commission | government
secretariat | government
bank | company
court | court
chamber | organization
association | organization
federation | organization
council | organization

[titles]
# Title words before a person's name ("Foreign Trade Minister Anita Gradin", "Sen. Rubio").
president
vice-president
secretary
minister
premier
chancellor
senator
sen.
sens.
rep.
representative
congressman
congresswoman
governor
gov.
commissioner
comissaria
commissaria
chairman
chairwoman
chair
director
director-general
administrator
ambassador
spokesman
spokeswoman
spokesperson
negotiator
envoy
king
queen
prince
sheikh
mr.
mrs.
ms.
dr.
prof.
judge
attorney
attorney-general
treasurer
mayor
leader
deputy
undersecretary
under-secretary
commerce-secretary
chief
executive
officer
president-elect
ceo

[not-names]
# Capitalised words that are not part of a name after a title.
monday
tuesday
wednesday
thursday
friday
saturday
sunday
january
february
march
april
may
june
july
august
september
october
november
december
jan
feb
mar
apr
jun
jul
aug
sep
sept
oct
nov
dec
the
and
said
says
on
in
of
for
at
today
yesterday
tomorrow
last
this
next
it
its
he
she
they
we
i

[descriptions]
# Noun after "the" | descriptor it looks for.  "the agency" -> last actor with descriptor `agency`
department | department
agency | agency
ministry | ministry
bureau | bureau
board | board
authority | authority
commission | commission
administration | government
government | government
office | office
committee | committee
court | court
company | company
firm | company
corporation | company
group | company
concern | company
manufacturer | company
maker | company
supplier | company
chipmaker | company
airline | airline
carrier | airline
bank | bank
regulator | regulator
watchdog | regulator
exchange | exchange
union | union
association | association
bloc | international
organisation | international
organization | international
community | international

[name-words]
# A word in an actor's name | descriptor it gives.  "Commerce Department" -> `department`
department | department
agency | agency
ministry | ministry
bureau | bureau
board | board
authority | authority
commission | commission
administration | agency
office | office
committee | committee
subcommittee | committee
court | court
airlines | airline
airways | airline
airline | airline
lines | airline
bank | bank
exchange | exchange
union | union
association | association
regulator | regulator
service | agency
reserve | bank

[type-descriptors]
# Type | descriptor every actor of that type carries.
company | company
country | government
international | international

[determiners]
the
this
that
these
those

[description-modifiers]
# Words allowed between the determiner and the description noun ("the federal agency").
federal
state
state-owned
state-run
national
local
foreign
domestic
chinese-owned
u.s.-based
telecommunications
telecom
semiconductor
chip
electronics
technology
tech
trade
commerce
new
same
two
japanese-owned
government-owned
private
privately
listed
regulatory

[group-nouns]
# Plural heads of groups ("15 senators", "U.S. firms", "lawmakers").
neighbours
neighbors
senators
lawmakers
legislators
congressmen
representatives
members
firms
companies
corporations
businesses
suppliers
vendors
chipmakers
makers
manufacturers
producers
exporters
importers
carriers
airlines
banks
automakers
carmakers
steelmakers
growers
farmers
traders
dealers
retailers
operators
shippers
exporters
investors
unions
groups
nations
countries
governments
allies
states
industries
critics
consumers
customers
distributors
contractors
utilities
miners
refiners
brokers

[collectives]
# Nouns of "a (bipartisan) group of ..."
group
coalition
number
handful
delegation
consortium
bloc
panel
team
dozen
host

[quantifiers]
some
several
many
most
few
other
all
various
numerous
both
certain
more
fewer

[group-adjectives]
# Adjectives that open a group before a plural noun of [group-nouns], as quantifiers do ("local operators").
local
foreign
domestic
private
state-owned
state-run
independent
small
smaller
large
larger
major
leading
overseas
regional

[pronouns]
# Pronoun | what it refers to: thing (organisation, government, company, country), group, person.
it | thing
its | thing
they | group
he | person
she | person

[object-pronouns]
# Object pronouns, taken wherever they stand ("urged him to suspend", "the sanctions on him").
him | person

[coordination-nouns]
# Plural nouns that, after "the" (and a number), refer back to parties just named together, and the
# parties' type: "Liptons and Brooke Bond ... the companies", "Canada and Mexico ... the two countries".
companies | company
firms | company
groups | company
carriers | company
airlines | company
banks | company
importers | company
exporters | company
suppliers | company
operators | company
countries | country
nations | country
governments | country
neighbours | country
neighbors | country

[reporting-verbs]
# After one of these (up to four words back), a subject pronoun opens the reported clause ("said on
# Wednesday it had received", "hit back, saying it would raise tariffs").
said
says
saying
told
telling
announced
announcing
added
adding
confirmed
confirming
stated
warned
warning
argued
arguing
noted
noting

[subject-openers]
# Words right before a subject pronoun: conjunctions, relative words, punctuation ("and it", "when they").
,
and
but
that
said
says
because
when
after
before
if
which
while
as
since
although
though
so
where
until
unless
(
"
“
;
once
whether
or
added
adding
told

[expletive-followers]
# After "it", these make it no actor ("it is expected", "it seems") unless a verb in -ing follows
# ("it was assessing the order").
is
was
's
seems
seemed
appears
appeared
remains
remained
isn't
wasn't
becomes
became
takes
took
be

[extenders]
# Words after a name that stand for the same actor ("the Hong Kong government", "FAA officials").
government
administration
authorities
officials
spokesman
spokeswoman
spokesperson
regulators
cabinet

[locatives]
# Before a capital city, these make it a place ("talks in Tokyo").
in
at
near
outside
around
across
via
