# common: the interface text of breakglass (Fluent, https://projectfluent.org).

## The name of each interface language, in itself.
lang-name = English
# Shown by `list` and `validate`: how much of the interface is translated.
lang-coverage = { $done } of { $total } interface messages
