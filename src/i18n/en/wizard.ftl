# wizard: the interface text of breakglass (Fluent, https://projectfluent.org).

## Footer hints: the key (kept as is) then a word or two. The footer drops hints from
## the right when they do not fit: keep them short.
wizard-hint-move = ↑↓ move
wizard-hint-scroll = ↑↓ scroll
wizard-hint-choose = Enter choose
wizard-hint-pick = 1–9 pick
wizard-hint-go-on = Enter go on
wizard-hint-item = Tab item
wizard-hint-tick = Space tick
wizard-hint-report = e report
wizard-hint-facts = f facts
wizard-hint-copy = y copy
wizard-hint-back = b back
wizard-hint-restart = r restart
wizard-hint-help = ? help
wizard-hint-quit = q quit
wizard-hint-sections = s sections
wizard-hint-search = / search
wizard-hint-section = ↑↓ section
wizard-hint-go-number = 1–9 go
wizard-hint-go = Enter go
wizard-hint-close = Esc close
wizard-hint-find = Enter find
wizard-hint-cancel = Esc cancel
wizard-hint-yes = y yes
wizard-hint-no = n no
wizard-hint-field = ↑↓ field
wizard-hint-edit = Enter edit
wizard-hint-clear = x clear
wizard-hint-keep = Enter keep
wizard-hint-continue = Enter continue
wizard-hint-stop = q stop
wizard-hint-close-card = Enter close
wizard-hint-task = ↑↓ task
wizard-hint-pass = p pass
wizard-hint-fail = f fail
wizard-hint-skip = s skip
wizard-hint-note = n note
wizard-hint-done = d done

## Help overlay: what a key does, after the key's name.
wizard-key-option-up = select the option above
wizard-key-option-down = select the option below
wizard-key-scroll-up = scroll up
wizard-key-scroll-down = scroll down
wizard-key-page-up = scroll up a page
wizard-key-page-down = scroll down a page
wizard-key-question-page-up = scroll a long question up (small windows)
wizard-key-question-page-down = scroll a long question and its options down (small windows)
wizard-key-top = go to the top
wizard-key-bottom = go to the bottom
wizard-key-choose = choose the selected answer
wizard-key-pick = choose answer 1 to 9 at once
wizard-key-way-on = at an outcome that offers ways on ("That didn't work"): take way 1 to 9
wizard-key-go-on = go on to the next step
wizard-key-next-item = focus the next checklist item
wizard-key-prev-item = focus the previous checklist item
wizard-key-tick = tick or untick the focused checklist item
wizard-key-report = write the session report (Markdown) and say where
wizard-key-facts = case facts for Microsoft Support (tenant, sign-in name, error code); never secrets
wizard-key-copy-outcome = copy the whole outcome as text to the clipboard (OSC 52)
wizard-key-copy-step = copy this step as text to the clipboard (OSC 52)
wizard-key-present = presenter view for a helper: node ids, the path code, what to read aloud
wizard-key-back = go back one step (as often as you like)
wizard-key-restart = start again from the first question (asks first)
wizard-key-help = show this help and why the question is asked
wizard-key-quit = quit (asks first; the session is already saved)
wizard-key-sections = the section index: steps, say this, have ready, checklists, sources (then 1–9 or Enter)
wizard-key-next-section = jump to the next section
wizard-key-prev-section = jump to the previous section
wizard-key-help-next = jump to the next part of the help: why we ask, sources, about
wizard-key-help-prev = jump to the previous part of the help
wizard-key-sources = open the numbered sources the [1] markers point to
wizard-key-search = search this page; n and N go to the next and previous match; Esc clears it
wizard-key-next-match = next match of the search
wizard-key-prev-match = previous match of the search
wizard-key-section-up = select the section above
wizard-key-section-down = select the section below
wizard-key-section-pick = go to section 1 to 9 at once
wizard-key-section-go = go to the selected section
wizard-key-close-index = close the index
wizard-key-close-sources = close the sources
wizard-key-find = find the first match from here
wizard-key-stop-search = stop searching
wizard-key-delete = delete the last character
wizard-key-type-search = type what to find (case does not matter)
wizard-key-close-help = close this help
wizard-key-yes = yes
wizard-key-no = no
wizard-key-field-up = select the field above
wizard-key-field-down = select the field below
wizard-key-edit-fact = type the selected fact
wizard-key-clear-fact = clear the selected fact
wizard-key-close-form = close the form
wizard-key-keep-fact = check the format and keep it
wizard-key-cancel-fact = stop typing and keep the old value
wizard-key-type-fact = type the fact (never a password or a code)
wizard-key-card-close = close this card and go on (closing the last card starts the clock)
wizard-key-drill-stop = stop the drill (asks first; the run so far is saved)
wizard-key-closing-close = close this card (after the debrief, the drill ends and its report is written)
wizard-key-task-up = select the task above
wizard-key-task-down = select the task below
wizard-key-pass = mark the task passed (it met its pass condition)
wizard-key-fail = mark the task failed
wizard-key-skip = mark the task skipped (not done this time)
wizard-key-note = write a note on the task (what happened; never a secret)
wizard-key-finish = finish the drill and score it (refused while a task is unmarked: mark it, s skips)
wizard-key-tasks-help = show this help
wizard-key-drill-stop-early = stop the drill early (asks first; the run so far is saved)
wizard-key-keep-note = keep the note (refused if it looks like a secret)
wizard-key-cancel-note = stop typing and keep the old note
wizard-key-type-note = type the note (never a password, code or key)
wizard-key-force-quit = quit at once, without asking
# Help overlay: how "any printable key" is written in the keys column.
wizard-key-letters = letters

## Header (top line: " breakglass <title>   <progress>"; second line: breadcrumb or path code).
# Right end of the top line on a question: "Question 3 · 2–5 left". Keep it short.
wizard-progress-question = Question { $number } · { $left }
wizard-progress-note = Note · { $left }
wizard-progress-outcome = Outcome
# How many questions are left, compact.
wizard-left-end = end
wizard-left-exact = { $count } left
wizard-left-range = { $min }–{ $max } left
wizard-left-open = { $min }+ left
wizard-header-not-saved = Not saved: see the message below
wizard-header-path-code = Path code { $code }
wizard-header-node = node { $id }
# Right end of the breadcrumb line, from 40 columns up.
wizard-header-path-code-short = path code { $code }
# Second line before the first answer.
wizard-header-promise = Reviewed { $reviewed } · never asks for passwords or codes · works offline

## Overlays.
# Bottom right of every panel, after "Esc".
wizard-panel-close = close
wizard-help-title = Help
wizard-help-keys = Keys
wizard-help-why-after = Why we ask comes after the keys: press ] to jump there.
wizard-help-why = Why we ask, and how to tell
wizard-help-about = About
wizard-help-promise = breakglass never asks for a password, a code, a recovery key or a token, and never uses the network. Type those only on Microsoft's own sign-in pages.
wizard-help-playbook = Playbook: { $title } ({ $id }, version { $version }, reviewed { $reviewed }).
wizard-sections-title = Sections
# Heading and panel title.
wizard-sources = Sources
# Title of the sources panel beside a wide page.
wizard-sources-side = Sources (o)

## Question screen.
wizard-question-why = Why we ask
# Under the options: "Not sure? Press ? for why we ask and how to tell."
wizard-question-not-sure = Not sure? Press
wizard-question-why-and-how = for why we ask and how to tell.
# Presenter view.
wizard-question-read = Read to them:
wizard-question-say = say:
wizard-question-told = Told so far: { $facts }

## Info screen: "Press Enter to go on."
wizard-info-press = Press
wizard-info-to-go-on = to go on.

## Outcome page.
# Section index name of the top of the page.
wizard-section-top = Top
# Section index name of a script.
wizard-section-say = Say this (step { $step })
wizard-outcome-who = Who acts:
wizard-outcome-preview = Say this (step { $step }), it starts:
wizard-outcome-steps = Steps
wizard-outcome-say = Say this:
wizard-outcome-say-aloud = SAY THIS ALOUD:
# Above the English script under a translated one.
wizard-outcome-say-english = The same in English:
wizard-outcome-caution = Caution:
wizard-outcome-prepare = Have ready
wizard-outcome-expect = What to expect
wizard-outcome-next = What next?
wizard-outcome-ways-one = Press 1 to go on from here.
wizard-outcome-ways = Press 1–{ $count } to go on from here.
wizard-outcome-why = Why: { $why }
wizard-outcome-told = What they told breakglass
wizard-outcome-not-asked = (not asked)
wizard-outcome-sources-note = { $count } sources, numbered as the [1] markers above: press o to open the list.
wizard-outcome-whole = For this outcome as a whole, see { $refs }.

## Confirmations (a panel at most 50 columns wide).
wizard-confirm-yes = yes
wizard-confirm-no = no
wizard-confirm-restart-title = Start again?
wizard-confirm-restart = Go back to the first question? Your answers so far are dropped; ticked checklist items stay ticked.
wizard-confirm-reopen-title = Reopen?
wizard-confirm-reopen = Reopen the last session?
wizard-confirm-reopen-yes = reopen
wizard-confirm-resume-title = Resume?
wizard-confirm-resume = Resume the unfinished session?
wizard-confirm-resume-yes = resume
wizard-confirm-afresh = start afresh
wizard-confirm-drill-title = Stop the drill?
wizard-confirm-drill = Stop the drill now? The run so far is saved and scored as stopped early.
wizard-confirm-quit-title = Quit?
wizard-confirm-quit-saved = Leave breakglass now? The session is saved; `breakglass sessions` lists it.
wizard-confirm-quit-nothing = Leave breakglass now? Nothing is saved yet: there is no answer to keep.
wizard-confirm-quit-unkept = Leave breakglass now? This session is not kept on disk.
# The offer to resume: these three sentences, joined by a space.
wizard-offer = You have an unfinished session of this playbook, last changed { $when }: { $count } answer(s) ({ $answers }).
wizard-offer-changed = The playbook has changed since; answers that no longer fit are dropped.
wizard-offer-resume = Resume it?

## Case facts form.
wizard-facts-title = Case facts for Microsoft Support
wizard-facts-warning = Never type a password, a code, a recovery key or a token here: type those only on Microsoft's own pages. These facts stay in the session file on this computer (`breakglass report --redact` hides them when you share the report).
wizard-facts-warning-short = Never type passwords or codes here.
wizard-facts-not-given = (not given)
wizard-facts-example = for example { $example }
wizard-facts-not-kept = Not kept: { $reason }.
wizard-facts-unsaved = Facts are kept only in a saved session.

## Footer messages (wrapped over as many lines as they need).
wizard-status-restarted = Started again from the first question.
wizard-status-no-answer = There is no answer { $number }.
wizard-status-search-cleared = Search cleared.
wizard-status-nothing-back = This is the first question; there is nothing to go back to.
wizard-status-already-first = You are already at the first question.
wizard-status-present-on = Presenter view: node ids, the path code and what to read aloud. p to leave.
wizard-status-present-off = Presenter view off.
wizard-status-copied-question = Copied this question via OSC 52. If it won't paste, press e for a report.
wizard-status-copied-note = Copied this note via OSC 52. If it won't paste, press e for a report.
wizard-status-copied-outcome = Copied the outcome via OSC 52. If it won't paste, press e for a report.
wizard-status-no-way-on = This outcome is the end of the walk: there is no way on.
wizard-status-no-such-way = There is no way on { $number }.
wizard-status-no-checklist = This outcome has no checklist.
wizard-status-ticked = Ticked.
wizard-status-unticked = Unticked.
wizard-status-no-sections = This page has no sections.
wizard-status-last-section = This is the last section.
wizard-status-first-section = This is the first section.
wizard-status-no-sources = This page cites no sources.
wizard-status-no-section = There is no section { $number }.
wizard-status-search-stopped = Search stopped.
wizard-status-no-match = No match for "{ $query }".
# While typing a search; ▏ is the cursor.
wizard-status-search = Search: { $query }▏
wizard-status-last-part = This is the last part of the help.
wizard-status-first-part = This is the first part of the help.
wizard-status-search-first = Press / to search first.
wizard-status-match = "{ $query }": match { $number } of { $count } (n next, N previous)
wizard-status-not-saved = Not saved: { $reason } ({ $path }). Kept in memory; retried at every step.
wizard-status-resume-failed = { $error }. Starting afresh instead.
wizard-status-resumed = Resumed where you left off.
wizard-status-afresh = Starting afresh. The earlier session { $id } stays saved (breakglass sessions).
wizard-status-report-unkept = This session is not kept, so there is no report to write.
wizard-status-report-no-directory = No data directory: use `breakglass report` after saving.
wizard-status-report-written = Report written to { $path }
wizard-status-report-failed = Report not written: { $error }

## Small windows.
wizard-small-larger = Make the window larger
wizard-small-paused = Keys paused; q quits
wizard-small-size = (at least { $min_width }×{ $min_height }, now { $width }×{ $height })

## Why the wizard cannot start (the plain mode starts instead, saying why).
wizard-no-terminal-stdin = standard input is not a terminal
wizard-no-terminal-stdout = standard output is not a terminal
wizard-no-terminal-dumb = TERM is set to dumb
