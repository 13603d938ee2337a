//! `breakglass audit --export-commands`: the read-only commands that produce an export, for
//! Microsoft Graph PowerShell (`Invoke-MgGraphRequest`) or the Azure CLI (`az rest`).
//! breakglass prints them; it never runs them and never uses the network.

use std::fmt::Write as _;

use super::files::{ExportFile, FILES, FileKind};

/// Which shell the commands are for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shell {
    /// PowerShell 7 with the Microsoft.Graph.Authentication module.
    Pwsh,
    /// bash with the Azure CLI and jq.
    Bash,
}

/// The files fetched from Graph (everything but `export-info.json` and the groups, which
/// are assembled).
fn fetched() -> impl Iterator<Item = &'static ExportFile> {
    FILES
        .iter()
        .filter(|f| !matches!(f.kind, FileKind::Info | FileKind::Groups))
}

fn optional_note(f: &ExportFile) -> &'static str {
    if super::optional(f.kind) {
        " (optional)"
    } else {
        ""
    }
}

/// The commands for `shell`.
pub fn render(shell: Shell) -> String {
    match shell {
        Shell::Pwsh => pwsh(),
        Shell::Bash => bash(),
    }
}

fn scopes_comment(out: &mut String) {
    out.push_str(
        "# Read-only permissions (delegated), least privilege, and why each is asked for:\n",
    );
    let mut seen = Vec::new();
    for f in FILES.iter().filter(|f| !f.scope.is_empty()) {
        if seen.contains(&f.scope) {
            continue;
        }
        seen.push(f.scope);
        let _ = writeln!(out, "#   {:<38} {}", f.scope, f.why);
    }
}

fn pwsh() -> String {
    let mut out = String::from(
        "# breakglass audit: export what the audit reads, read-only, from Microsoft Graph v1.0.\n\
         # Run in PowerShell 7 with the Microsoft.Graph.Authentication module\n\
         # (Install-Module Microsoft.Graph.Authentication -Scope CurrentUser). Nothing is changed\n\
         # in the tenant. Then run: breakglass audit ./breakglass-export\n",
    );
    scopes_comment(&mut out);
    let scopes: Vec<&str> = FILES
        .iter()
        .map(|f| f.scope)
        .filter(|s| !s.is_empty())
        .collect();
    let mut unique: Vec<&str> = Vec::new();
    for s in scopes {
        if !unique.contains(&s) {
            unique.push(s);
        }
    }
    let scopes = unique;
    let _ = writeln!(
        out,
        "Connect-MgGraph -NoWelcome -Scopes {}",
        scopes
            .iter()
            .map(|s| format!("'{s}'"))
            .collect::<Vec<_>>()
            .join(",")
    );
    out.push_str(
        "$ErrorActionPreference = 'Stop'   # a failed request stops the export; optional files are caught below\n\
         $out = 'breakglass-export'\n\
         New-Item -ItemType Directory -Force -Path $out | Out-Null\n\
         function Save-Json($value, $file) {\n\
         \x20 $value | ConvertTo-Json -Depth 20 | Set-Content -Encoding utf8 -Path (Join-Path $out $file)\n\
         }\n\
         # Every page, following @odata.nextLink, joined into one {\"value\": [...]}.\n\
         function Get-All($uri) {\n\
         \x20 $items = [System.Collections.Generic.List[object]]::new()\n\
         \x20 $next = \"https://graph.microsoft.com/v1.0$uri\"\n\
         \x20 while ($next) {\n\
         \x20   $page = Invoke-MgGraphRequest -Method GET -Uri $next -OutputType PSObject\n\
         \x20   foreach ($item in @($page.value)) { $items.Add($item) }\n\
         \x20   $next = $page.'@odata.nextLink'\n\
         \x20 }\n\
         \x20 return @{ value = $items }\n\
         }\n",
    );
    for f in fetched() {
        let call = if f.single {
            format!(
                "Invoke-MgGraphRequest -Method GET -Uri 'https://graph.microsoft.com/v1.0{}' -OutputType PSObject",
                f.endpoint
            )
        } else {
            format!("Get-All '{}'", f.endpoint)
        };
        if super::optional(f.kind) {
            let _ = writeln!(
                out,
                "try {{ Save-Json ({call}) '{}' }} catch {{ Write-Warning \"{} skipped{}: $_\" }}",
                f.name,
                f.name,
                optional_note(f)
            );
        } else {
            let _ = writeln!(out, "Save-Json ({call}) '{}'", f.name);
        }
    }
    out.push_str(
        "# Members of every group a Conditional Access policy names (nested members too).\n\
         $policies = (Get-Content (Join-Path $out 'conditional-access-policies.json') -Raw | ConvertFrom-Json).value\n\
         $ids = @($policies | ForEach-Object { $_.conditions.users.excludeGroups; $_.conditions.users.includeGroups } | Where-Object { $_ } | Sort-Object -Unique)\n\
         $groups = foreach ($g in $ids) { [pscustomobject]@{ id = $g; members = (Get-All \"/groups/$g/transitiveMembers?`$select=id\").value } }\n\
         Save-Json @{ value = @($groups) } 'ca-groups.json'\n\
         Save-Json @{ exportedDateTime = (Get-Date).ToUniversalTime().ToString('o'); tenantId = (Get-MgContext).TenantId } 'export-info.json'\n\
         Write-Host \"Export written to $out. Now: breakglass audit $out\"\n",
    );
    out
}

fn bash() -> String {
    let mut out = String::from(
        "#!/usr/bin/env bash\n\
         # breakglass audit: export what the audit reads, read-only, from Microsoft Graph v1.0,\n\
         # with the Azure CLI (az login --allow-no-subscriptions) and jq. Nothing is changed in\n\
         # the tenant. Then run: breakglass audit ./breakglass-export\n\
         # Note: az rest uses the Azure CLI's own app and the permissions consented to it; you\n\
         # cannot choose scopes. If an endpoint answers 403, use --shell pwsh, which asks for:\n",
    );
    scopes_comment(&mut out);
    out.push_str(
        "set -euo pipefail\n\
         out=breakglass-export\n\
         mkdir -p \"$out\"\n\
         # Every page, following @odata.nextLink, joined into one {\"value\": [...]}.\n\
         get_all() {\n\
         \x20 local url=\"https://graph.microsoft.com/v1.0$1\" tmp n=0\n\
         \x20 tmp=$(mktemp -d)\n\
         \x20 while [ -n \"$url\" ]; do\n\
         \x20   az rest --method get --url \"$url\" --output json > \"$tmp/$n.json\" || { rm -r \"$tmp\"; return 1; }\n\
         \x20   url=$(jq -r '.\"@odata.nextLink\" // empty' \"$tmp/$n.json\")\n\
         \x20   n=$((n + 1))\n\
         \x20 done\n\
         \x20 jq -s '{value: (map(.value) | add // [])}' \"$tmp\"/*.json\n\
         \x20 rm -r \"$tmp\"\n\
         }\n\
         get_one() { az rest --method get --url \"https://graph.microsoft.com/v1.0$1\" --output json; }\n",
    );
    for f in fetched() {
        let call = if f.single { "get_one" } else { "get_all" };
        if super::optional(f.kind) {
            let _ = writeln!(
                out,
                "{call} '{}' > \"$out/{}\" || {{ rm -f \"$out/{}\"; echo \"{} skipped{}\" >&2; }}",
                f.endpoint,
                f.name,
                f.name,
                f.name,
                optional_note(f)
            );
        } else {
            let _ = writeln!(out, "{call} '{}' > \"$out/{}\"", f.endpoint, f.name);
        }
    }
    out.push_str(
        "# Members of every group a Conditional Access policy names (nested members too).\n\
         for g in $(jq -r '[.value[].conditions.users | (.excludeGroups // [])[], (.includeGroups // [])[]] | unique[]' \"$out/conditional-access-policies.json\"); do\n\
         \x20 get_all \"/groups/$g/transitiveMembers?\\$select=id\" | jq --arg id \"$g\" '{id: $id, members: .value}'\n\
         done | jq -s '{value: .}' > \"$out/ca-groups.json\"\n\
         jq -n --arg t \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\" --arg id \"$(az account show --query tenantId -o tsv 2>/dev/null || true)\" '{exportedDateTime: $t, tenantId: $id}' > \"$out/export-info.json\"\n\
         echo \"Export written to $out. Now: breakglass audit $out\"\n",
    );
    out
}
