# cli: the interface text of breakglass (Fluent, https://projectfluent.org).
# The command line's own messages. Errors go to stderr after "breakglass: ". Command names,
# flags (--resume, --at) and ids stay as they are. Column headings are padded by the
# program: keep them short.

## Errors and notes every command may print.
cli-no-data-dir = no data directory was found: set BREAKGLASS_DATA_DIR or pass --data-dir
# { $lang } is a language tag, { $file } the translation's file name.
cli-translation-has-errors = the { $lang } translation { $file } has errors and is not used (English is shown); `breakglass validate` lists them
# Two lines: the playbook asked for, then the known ones ({ $known } is a list of ids).
cli-no-such-playbook = no playbook is called `{ $name }` and there is no file at that path.
cli-known-playbooks = Playbooks: { $known }. A path must point to a YAML file.
cli-no-such-drill = no drill is called `{ $name }` and there is no file at that path.
cli-known-drills = Drills: { $known }. `breakglass drill` lists them.
cli-cannot-be-used = { $name } cannot be used: { $count } error(s). Fix them and run again.
cli-cannot-write-output = cannot write the output: { $error }
cli-skipped-playbook = note: skipped your playbook { $path }: { $reason }. Run `breakglass validate { $path }` for details.
cli-skipped-drill = note: skipped your drill { $path }: { $reason }. Run `breakglass validate { $path }` for details.
cli-cannot-write-json = cannot write JSON: { $error }
cli-could-not-write-json = could not write JSON: { $error }
cli-report-written = report written to { $path }
cli-report-not-written = the report could not be written: { $error }
# A note on stderr: { $text } says what was skipped or not done.
cli-note = note: { $text }
cli-session-not-found = no saved session is called `{ $id }`

## breakglass list
cli-list-id = ID
cli-list-version = VERSION
cli-list-reviewed = REVIEWED
cli-list-from = FROM
cli-list-title = TITLE
# The languages a playbook can be shown in: a list of tags.
cli-list-languages = languages: { $languages }
cli-list-replaced-by = replaced by your playbook { $path }
cli-list-replaces-builtin = { $name } (replaces the built-in)
cli-list-user-dir = Your playbooks are read from { $dir }
cli-list-no-config-dir = No config directory was found for your own playbooks.
cli-list-skipped = Skipped { $path }: { $reason }
# The languages of breakglass's own interface: "English (en), 简体中文 (zh-CN)".
cli-list-interface = Interface languages: { $languages } (choose with --lang).

## breakglass sessions
cli-sessions-deleted = Deleted session { $id } ({ $path }).
cli-sessions-kept = kept: { $error }
cli-sessions-deleted-old = Deleted { $count } session(s) last changed more than { $days } days ago.
cli-sessions-none = No saved sessions in { $dir }.
cli-sessions-id = ID
cli-sessions-started = STARTED (UTC)
cli-sessions-playbook = PLAYBOOK
cli-sessions-age = AGE
cli-sessions-ended = WHERE IT ENDED
# Ages, short: minutes, hours, days.
cli-age-minutes = { $count }m
cli-age-hours = { $count }h
cli-age-days = { $count }d
cli-sessions-outcome = outcome: { $heading }
cli-sessions-unfinished = unfinished, at: { $heading }
cli-sessions-not-started = not started
cli-sessions-footer = Saved in { $dir }. Resume one with `breakglass --resume ID`; report with `breakglass report ID`.
cli-sessions-unreadable = Unreadable: { $error }

## The wizard and plain mode, started from the command line.
# { $reason } says why there is no terminal for the wizard (in English).
cli-plain-because = plain mode, because { $reason } (the wizard needs a terminal; pass --plain to choose this yourself).
cli-wizard-stopped = the wizard stopped: { $error }
cli-plain-stopped = plain mode stopped: { $error }
cli-code-answer-fails = the code's answer { $number } does not apply: { $error }
cli-not-saved = (Not saved: { $error })
cli-sessions-lists-them = `breakglass sessions` lists the saved sessions.
cli-resume-not-installed = session { $id } walked the playbook `{ $playbook }`, which is not installed here, so it cannot be resumed. `breakglass report { $id }` shows what it recorded.
cli-resumed = Resumed session { $id } where you left off.
cli-left-reached = You reached: { $title }
cli-left-stopped = You stopped at: { $title }
cli-left-not-saved = The session could NOT be saved: { $error }.
cli-left-saved = Session saved as { $id } ({ $path }).
cli-left-resume = Resume: breakglass --resume { $id }    Report: breakglass report { $id }
cli-left-nothing-saved = Nothing was saved: you left before the first answer, so there is no session to resume.
cli-left-walk = To print this as text: { $command }
cli-left-code = Path code: { $code } (a helper opens the same place with: breakglass --at { $code })

## --at CODE
cli-code-versions = Codes change when a playbook's text changes. Check that both of you run the same breakglass version (this is { $version }) and the same playbook (this is { $playbook } version { $playbook_version }).
cli-code-opened =
    { $count ->
        [one] Opened path code { $code }: { $count } answer on { $playbook }.
       *[other] Opened path code { $code }: { $count } answers on { $playbook }.
    }

## breakglass translate
cli-translate-no-lang = name the language to translate into with --lang, e.g. --lang zh-CN
cli-translate-english = English is the source language: choose another with --lang
cli-translate-no-dir = no config directory was found to write the translation to: pass --out FILE
cli-cannot-read = cannot read { $path }: { $error }
cli-cannot-write = cannot write { $path }: { $error }
cli-translate-wrote = Wrote { $path }
cli-translate-updated = Updated { $path }
# { $lang }: a tag; { $done } of { $total } strings translated, { $stale } of them stale.
cli-coverage = { $lang }: { $done }/{ $total } strings, { $stale } stale
cli-translate-missing = { $coverage }, { $missing } to translate

## breakglass audit (the command line's messages, not the report)
cli-audit-no-dir = give the export folder (breakglass audit DIR), or --export-commands
cli-audit-not-text = { $path }: not UTF-8 text
cli-audit-not-recorded = note: the audit could not be recorded for `breakglass status`: { $error }

## breakglass validate: the line under each file and the last line.
cli-validate-ok = { $name }: ok
# { $warnings } and { $errors } are the two messages below ("2 warnings").
cli-validate-warnings = { $name }: ok, { $warnings }
cli-validate-errors = { $name }: { $errors }, { $warnings }
cli-count-errors =
    { $count ->
        [one] { $count } error
       *[other] { $count } errors
    }
cli-count-warnings =
    { $count ->
        [one] { $count } warning
       *[other] { $count } warnings
    }
cli-validate-no-stats = no statistics: the playbook has errors
cli-validate-all-ok = Checked { $files } files: all can be used.
cli-validate-failing = Checked { $files } files: { $failing } with errors.

## breakglass status
cli-audit-none = Audit: none recorded. Export the tenant (`breakglass audit --export-commands`) and run `breakglass audit DIR`.
# The last line of `status`: { $snapshot }, { $failing } and { $state } are the messages below.
cli-audit-last = Audit: last run { $date } ({ $snapshot }); { $failing }; { $state }.
cli-audit-snapshot-unknown = snapshot date unknown
cli-audit-snapshot = snapshot of { $date }
cli-audit-overdue = AUDIT OVERDUE by { $days } days (every { $every } days)
cli-audit-next-due = next due in { $days } days
cli-audit-date-unreadable = date unreadable
cli-audit-no-failing = no failing rules
# { $rules } lists the failing rules with their severity.
cli-audit-failing = { $count } failing: { $rules }
