//! The JSON Schemas of the playbook and drill formats (draft 2020-12), generated from the
//! same serde types the loaders use, so editors check what breakglass accepts.

use crate::playbook::model::PlaybookFile;

/// Where the committed copy of the schema lives, relative to the repository root.
pub const SCHEMA_PATH: &str = "schema/playbook.schema.json";

/// The schema as pretty JSON, ending with a newline.
pub fn playbook_schema() -> String {
    let schema = schemars::schema_for!(PlaybookFile);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// Where the committed copy of the drill schema lives.
pub const DRILL_SCHEMA_PATH: &str = "schema/drill.schema.json";

/// The drill file schema as pretty JSON, ending with a newline.
pub fn drill_schema() -> String {
    let schema = schemars::schema_for!(crate::drill::model::DrillFile);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
