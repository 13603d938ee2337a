# report: the interface text of breakglass (Fluent, https://projectfluent.org).
# Where it shows: `walk` (text and Markdown), session reports (`report`, the wizard's and
# plain mode's exports), the transcript-only report, `validate --stats` and `graph`.
# These are printed, not drawn: no width limit, but text lines are wrapped at 80 columns.
# Labels ending in ":" are followed by their text; in a language whose colon is full
# width (`：`), no space is put after it.

## Outcome kinds (the labels are `common-kind-*` in common.ftl).
# An outcome kind and the outcome's title (walk, graph).
report-kind-title = { $kind }: { $title }

## Questions left before an outcome (`walk`, under a pending question).
report-remaining-none = outcome
report-remaining-exact = { $count } { $count ->
        [one] question
       *[other] questions
    } left
# $min is fewer than $count.
report-remaining-range = { $min }–{ $count } { $count ->
        [one] question
       *[other] questions
    } left
report-remaining-at-least = at least { $count } { $count ->
        [one] question
       *[other] questions
    } left
# The above as a sentence (its first letter is made upper case in code).
report-remaining-sentence = { $text }.

## Plain text (`walk`) and Markdown outcome.
# Under the playbook's title.
report-header-stamp = playbook { $id } version { $version }, reviewed { $reviewed }
# A passed outcome on the path (followed by its title).
report-reached = Reached:
report-question-label = Question:
report-why-we-ask = Why we ask:
report-options = Options:
report-sources-label = Sources:
# $refs are reference numbers: [1][3].
report-whole-outcome = For this outcome as a whole, see { $refs }.
report-who-acts = Who acts:
report-steps = Steps
# Above a script the person reads out.
report-say-this = Say this:
# Above the English of a script, when the script is translated. In another language this
# heading is followed by the English one.
report-say-english = The same in English:
report-caution = Caution:
report-have-ready = Have ready
report-what-to-expect = What to expect
report-why = Why:
report-sources = Sources
# The prompt above the ways on from an outcome, when the playbook gives none.
report-what-next = What next?
report-told = What you told breakglass
report-not-asked = (not asked)
# A declared fact's title, bold, before its value.
report-fact-title = { $title }:
# Markdown headings.
report-outcome-label = Outcome:
report-checklist-label = Checklist:

## `walk`
report-walk-reached = Reached this outcome. If it did not work, add --answer { $node }=<option> to go on.
report-walk-stopped = Stopped here: no answer given. Add --answer { $node }=<option> to go on.
report-path-code = Path code: { $code }
# Markdown title at an outcome, followed by its title.
report-walk-what-to-do = What to do:
report-walk-path-so-far = { $title }: the path so far
report-walk-how-we-got-here = How we got here
report-walk-still-to-answer = Still to answer:
report-walk-md-from = From the breakglass playbook "{ $title }" (`{ $id }` version { $version }, reviewed { $reviewed }).
report-walk-md-path-code = Path code `{ $code }`: `breakglass --at { $code }` opens this place.
# On stderr.
report-walk-unused = note: --answer { $node }={ $option } was not used: the path did not reach `{ $node }`
# Errors for the answers given to `walk` (NODE=OPTION stays as is).
report-walk-error-syntax = `{ $answer }` is not an answer; write NODE=OPTION, e.g. which-service=azure-admin
# $hint is empty or " (did you mean `x`?)"; $valid is a list of ids.
report-walk-error-unknown-node = no node is called `{ $node }`{ $hint }. Questions in this playbook: { $valid }
report-walk-error-not-a-question = `{ $node }` is not a question, so it takes no answer
report-walk-error-unknown-option = question `{ $node }` has no option `{ $option }`{ $hint }. Its options: { $valid }
report-walk-error-conflict = question `{ $node }` is answered twice (`{ $first }` and `{ $second }`)
report-walk-error-loop = these answers go round in a loop back to `{ $node }`
report-walk-did-you-mean = (did you mean `{ $name }`?)

## Session reports (`report`, exports).
report-md-title = breakglass session report
# $start and $updated are ISO dates and times; $end is one of the three below.
report-situation = On { $start }, a walk through the breakglass playbook "{ $title }" (version { $version }, reviewed { $reviewed }) answered { $answered } question(s) and { $end }. Last change: { $updated }.
report-situation-outcome = reached the outcome "{ $title }" ({ $kind })
report-situation-question = stopped at the question "{ $text }"
report-situation-note = stopped at the note "{ $title }"
# A note on how the session was rebuilt.
report-md-note = Note: { $note }
report-md-case-heading = Case summary for Microsoft Support
report-md-case-intro = Read this out, or paste it into the support request. It holds no passwords or codes.
report-md-answers-heading = Questions and answers
report-col-time = Time (UTC)
report-col-question = Question
report-col-answer = Answer
report-case-facts = Case facts
report-md-generated = Generated by { $tool } from session `{ $id }`, playbook `{ $playbook }` { $version } (content { $hash }).
report-md-path-code = Path code `{ $code }`: `breakglass --at { $code }` opens the same place.

## The case summary: plain text to read or paste to Microsoft Support. In a report in
## another language it is given in that language, then in English.
report-case-title = Case summary (breakglass, session { $id })
report-case-problem = Problem: { $title }
report-case-who = Who is locked out: { $value }
report-case-tenant = Tenant (ID or primary domain): { $value }
report-case-known = What we know:
report-case-tried = What was tried, and when (UTC):
# $time is HH:MM.
report-case-tried-line = { $time } { $question }: { $answer }
report-case-error = Sign-in error: { $code }, correlation ID { $correlation }, at { $time }
report-case-request = Support request number: { $value }
report-case-playbook = Playbook: { $id } { $version } (reviewed { $reviewed })
# A fact the person did not type.
report-case-not-given = (not given)

## The report of a session whose playbook is not installed (ids instead of wording).
report-bare-why = The playbook `{ $id }` (version { $version }) this session walked is not installed here or does not load, so this report is built from the session file alone: questions, answers and where it ended are shown by their ids.
report-bare-title = Session report: { $title } (from the session file alone)
report-bare-session = Session: { $id }
report-bare-playbook = Playbook: `{ $id }`, version { $version }, reviewed { $reviewed }, hash { $hash }
report-bare-times = Started: { $started }; last changed: { $updated }
# $place is one of the three below.
report-bare-ended = Where it ended: { $place }
report-bare-ended-outcome = outcome `{ $node }`
report-bare-ended-at = unfinished, at `{ $node }`
report-bare-not-started = not started
report-bare-answers = Answers
report-bare-no-answers = No answers.
report-bare-ticked = Ticked checklist items

## `report` on stderr.
report-not-found = { $error }; `breakglass sessions` lists them
report-note = note: { $text }

## `validate --stats`.
report-stats-sizes = { $nodes } nodes: { $questions } questions ({ $options } options), { $outcomes } outcomes, { $notes } notes; { $sources } sources, { $checklists } checklists
report-stats-paths = questions from the start to an outcome: shortest { $shortest }, longest { $longest }
report-stats-unbounded = unbounded (a loop)
report-stats-none = none
# $kinds are outcome kind ids with counts: "escalate 3, prevent 1".
report-stats-kinds = outcomes by kind: { $kinds }
report-stats-more = { $facts } facts; { $conditional } options with conditional routes; { $continuations } ways on from outcomes

## `graph`: the label of an info node.
report-graph-note = Note: { $title }
# On an edge: when an option shows, and where a conditional route goes. $condition is
# written with fact and value ids (role=user).
report-graph-shown-if = (shown if { $condition })
report-graph-if = [if { $condition }]
report-graph-otherwise = [otherwise]
