//! The JSON Schema of the playbook format (draft 2020-12), generated from the same serde
//! types the loader uses, so editors check what breakglass accepts.

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
