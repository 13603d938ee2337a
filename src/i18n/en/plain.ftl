# plain: the interface text of breakglass (Fluent, https://projectfluent.org).
# Plain mode (`breakglass --plain`): read by screen readers and pipes, one line at a time.
# No glyphs, no box drawing; say state in words. Lines are wrapped by the program.

## Prompts (the program adds one space after each).
# At a question. { $count } is the number of answers.
plain-prompt-question = Answer 1 to { $count }, or b back, r restart, ? help, q quit:
# At a note.
plain-prompt-info = Press Enter to go on, or b back, q quit:
# At an outcome that offers ways on ({ $count } of them).
plain-prompt-outcome-options = If this did not work, type 1 to { $count } to go on. Or b back, r restart, t and a number to tick a checklist item, e report, f case facts, q quit:
# At an outcome that ends the path.
plain-prompt-outcome-end = This is the end of the path. Type b back, r restart, t and a number to tick a checklist item, e report, f case facts, or q quit:

## Answers to commands.
plain-stopped-ctrl-c = Stopped (Ctrl-C).
# { $heading } is the question or note where input ended.
plain-end-of-input = End of input before an outcome. Stopped at: { $heading }
plain-quitting = Quitting.
plain-back-at-first = This is the first question; there is nothing to go back to.
plain-restarted = Started again from the first question.
plain-sections-not-here = Sections are on an outcome's page. Type a to hear this question again.
plain-steps-not-here = Steps are on an outcome's page; here, type a to hear the question again.
plain-no-such-answer = There is no answer { $number }. Type a number from 1 to { $count }.
# { $line } is what the person typed.
plain-not-understood = I did not understand "{ $line }". Type a number from 1 to { $count }, or b, r, ?, q.
plain-no-such-way = There is no way on { $line }. Type 1 to { $count }.
plain-info-help = Press Enter to go on, or type b to go back.
plain-item-ticked = Item { $number } ticked.
plain-item-unticked = Item { $number } unticked.
plain-tick-help = Type t and an item number from 1 to { $count } to tick it, or b, r, e, f, q.

## Offering an earlier session at start.
plain-offer-reopen = Type y to reopen it or n to start afresh:
# { $when } is a date and time in UTC; { $count } the number of answers.
plain-offer-unfinished = You have an unfinished session of this playbook, last changed { $when }, with { $count } answer(s).
plain-offer-resume = Resume it? Type y to resume or n to start afresh:
# { $error } says why the earlier session could not be taken over.
plain-offer-failed = { $error }. Starting afresh instead.
plain-resumed = Resumed where you left off.
plain-afresh = Starting afresh; the earlier session { $id } stays saved.

## Case facts (f) and the report (e).
plain-facts-unsaved = Facts are kept only in a saved session.
plain-facts-intro = Case facts for Microsoft Support. Never type a password, a code or a recovery key here. Press Enter to skip a fact.
# One fact asked for: { $label } is the fact's name, { $example } an example value.
plain-fact-prompt = { $label } (for example { $example }):
plain-fact-kept = Kept.
plain-fact-refused = Not kept: { $error }. Type it again, or press Enter to skip it.
plain-report-unsaved = This session is not kept, so there is no report to write.
plain-report-no-store = There is no data directory to write the report to.
plain-report-written = Report written to { $path }
plain-report-failed = Report not written: { $error }
plain-save-failed = Warning: this session could not be saved: { $error }. It is kept in memory and saved again at the next step.
plain-save-works-again = The session is saved again.

## A question.
plain-question = Question { $number }.
# The question's number, then { $left }: one of the three messages below.
plain-question-left = Question { $number }. { $left }.
# How many questions may still come.
plain-left-exact =
    { $count ->
        [one] { $count } question left
       *[other] { $count } questions left
    }
plain-left-range =
    { $max ->
        [one] { $min } to { $max } question left
       *[other] { $min } to { $max } questions left
    }
plain-left-at-least =
    { $min ->
        [one] at least { $min } question left
       *[other] at least { $min } questions left
    }
plain-question-has-help = Type ? to hear why we ask and how to tell.
plain-help-why = Why we ask, and how to tell:
plain-help-commands = Commands: a number chooses that answer; b goes back one step; r starts again; c says the path code; a repeats the question; l lists the sections of an outcome; s and a number reads that step again; e writes the report; f adds case facts; q quits. breakglass never asks for a password or a code.

## A note.
plain-note = Note: { $title }
plain-note-go-on = Press Enter to go on.

## An outcome.
plain-outcome = Outcome: { $kind }.
plain-who-acts = Who acts: { $who }
plain-steps-heading = Steps, { $count } in all.
plain-step = Step { $number }. { $text }
plain-say-this = Say this: { $text }
plain-say-english = The same in English: { $text }
plain-caution = Caution: { $text }
plain-have-ready = Have ready:
plain-expect = What to expect: { $text }
plain-checklist = Checklist: { $title }.
plain-item-done = Item { $number }, done: { $text }
plain-item-not-done = Item { $number }, not done: { $text }
plain-why = Why: { $text }
plain-sources = Sources:
# { $kind } is a source's tag (official, community...), left in English.
plain-source = Source { $number }: { $title }, { $kind }.
# Which sources back a step or an item, right after its text ({" "} is a leading space).
plain-cite-one = {" "}(source { $number })
# { $numbers } is a list like "1, 2"; { $last } the last number.
plain-cite-many = {" "}(sources { $numbers } and { $last })
# Between the numbers of a list of sources ("1, 2 and 3"); {", "} keeps the space.
plain-list-separator = {", "}
plain-what-next = What next?
plain-no-such-step = There is no step { $number }: this outcome has { $count } step(s). Type s and a number from 1 to { $count }.

## The sections of an outcome (l).
plain-sections = This outcome has { $count } sections:
plain-section-summary = Summary
plain-section-steps = Steps, { $count } in all
plain-section-prepare = Have ready
plain-section-expect = What to expect
plain-section-checklist = Checklist: { $title }
plain-section-sources = Sources, { $count } in all
plain-section-next = What next
# One section in the list: its number and name.
plain-section-item = { $number }. { $name }.
plain-sections-help = Type s and a number to hear that step again, or a to hear the whole page again.

## Path codes.
plain-code-full = Path code: { $code }. A helper can open this place with: breakglass --at { $code }
plain-code-short = Path code: { $code }.
