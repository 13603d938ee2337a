# plain: the interface text of breakglass (Fluent, https://projectfluent.org).
