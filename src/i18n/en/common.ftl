# common: the interface text of breakglass (Fluent, https://projectfluent.org).

## The name of each interface language, in itself.
lang-name = English

## Shared by the wizard, plain mode and reports.
# Outcome kinds: the words beside the kind's glyph (also `kind_label` in JSON).
common-kind-self-service = You can fix this yourself
common-kind-ask-admin = Someone with admin rights can fix this
common-kind-escalate = Escalate to Microsoft Support
common-kind-not-a-lockout = Not an MFA lockout
common-kind-prevent = Prevention
# How authoritative a cited source is.
common-source-doc = Microsoft documentation
common-source-moderator = Microsoft Q&A moderator answer, not documentation
common-source-ai-answer = AI-generated Q&A answer, not documentation
common-source-third-party = third party, not Microsoft
# Case facts typed by the person: labels in the facts form, the `f` prompt and reports.
common-fact-tenant = Tenant ID or primary domain
common-fact-sign-in = Locked admin's sign-in name
common-fact-error-code = Error code
common-fact-correlation-id = Correlation ID
common-fact-error-time = Time of the error (UTC)
common-fact-request-number = Support request number
# The same facts mid-sentence ("that does not look like a ...").
common-fact-noun-tenant = tenant ID or primary domain
common-fact-noun-sign-in = sign-in name
common-fact-noun-error-code = sign-in error code
common-fact-noun-correlation-id = correlation ID
common-fact-noun-error-time = date and time
common-fact-noun-request-number = support request number
# An example tenant value; keep the two examples as they are.
common-fact-example-tenant = contoso.onmicrosoft.com or 0f1e2d3c-...
# Why a typed fact is refused. $why is the detector's reason, in English ("looks like a one-time code").
common-fact-refused-secret = that { $why }; never type a password, code, key or token here (a { $noun } is for example { $example })
common-fact-refused-format = that does not look like a { $noun } (for example { $example })

## Reopening a session that left work open.
common-reopen-case-number = add the case number
common-reopen-tick = tick what you did ({ $ticked } of { $total } item(s) ticked)
common-reopen-waiting = You were waiting on Microsoft Support
common-reopen-reached = Your last session reached "{ $title }"
# Between the things left to do ({", "} keeps the space).
common-reopen-separator = {", "}
common-reopen-offer = { $lead } (last changed { $when }): { $todo }. Reopen it?

## Resuming a saved session on a playbook that changed.
common-resume-not-replayed = This session could not be replayed step by step
common-resume-changed = The playbook changed since this session (version { $then } then, { $now } now)
common-resume-all-fit = { $changed }; all { $total } answers still fit.
common-resume-stopped = { $changed }: { $applied } of { $total } answers still fit; stopped at "{ $at }" because the answer { $misfit } no longer does.

## Saving and loading sessions (shown when it fails).
common-save-disk-full = the disk is full
common-save-file-too-large = the file would pass the file-size limit (ulimit -f)
common-save-read-only = the disk is read-only
common-save-permission = permission denied
common-save-not-a-directory = a file is in the way of the folder
common-save-no-folder = the folder does not exist
common-save-exists = another file already has this name
common-save-busy = another breakglass has this session open (finish there, or start a new session)
common-save-failed = the file could not be written
# $reason is one of the above, $path the file.
common-save-error = { $reason } ({ $path })
common-store-not-found = no saved session is called `{ $id }`
# $detail is the system's message, in English.
common-store-cannot-read = cannot read { $path }: { $detail }
# $what is common-store-what-*; $message says what is wrong (in English).
common-store-corrupt = { $path } is not a breakglass { $what }: { $message }
common-store-what-session = session
common-store-what-run = drill run
common-store-what-audit = audit record
common-store-not-regular = skipped { $path }: it is { $kind }, not a file breakglass wrote; move it out of that folder or delete it
common-store-kind-symlink = a symbolic link
common-store-kind-folder = a folder
common-store-kind-fifo = a FIFO (named pipe)
common-store-kind-device = a device
common-store-kind-socket = a socket
common-store-too-large = skipped { $path }: it is { $size } bytes, more than the { $cap } MiB a breakglass file may have; move it out of that folder or delete it
common-store-bad-name = skipped { $path }: its name is not an id breakglass gives (letters, digits and `-`, then .json); rename or remove it
common-store-busy = session { $id } is open in another breakglass: finish there, or start a new session
common-store-busy-pid = session { $id } is open in another breakglass (process { $pid }): finish there, or start a new session

## Opening playbooks and drills.
common-catalog-no-playbook = no playbook is called `{ $arg }` and there is no file at that path
common-catalog-no-drill = no drill is called `{ $arg }` and there is no file at that path
common-catalog-cannot-read = cannot read { $path }: { $detail }
common-catalog-not-text = { $path } is not UTF-8 text
common-catalog-invalid = { $name } has { $count } problem(s)
common-catalog-not-regular = it is { $kind }, not a regular file; breakglass reads only regular files
common-catalog-duplicate = another user playbook already has the id `{ $id }`

## `validate --stats` on a file that is not a playbook.
common-validate-no-stats-translation = no statistics: statistics are for playbooks, not translation files (run `validate --stats` on the playbook)
common-validate-no-stats-other = no statistics: statistics are for playbooks
