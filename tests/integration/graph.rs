//! `graph`: Mermaid and DOT snapshots of a small fixture, and every node and edge of the
//! built-in playbook present in both. (`.ci/check-graphs` renders them with dot and
//! mermaid's own parser.)

use crate::common::{builtin_playbook, fixture, fixture_path, run};
use breakglass::export::graph::{to_dot, to_mermaid};

#[test]
fn mermaid_of_the_small_fixture() {
    insta::assert_snapshot!(to_mermaid(&fixture("small.yaml")));
}

#[test]
fn dot_of_the_small_fixture() {
    insta::assert_snapshot!(to_dot(&fixture("small.yaml")));
}

#[test]
fn every_node_and_edge_of_the_builtin_is_drawn() {
    let pb = builtin_playbook();
    let mermaid = to_mermaid(&pb);
    let dot = to_dot(&pb);
    for (_, node) in pb.nodes() {
        let mid = format!("n_{}", node.id.replace('-', "_"));
        assert!(
            mermaid.contains(&format!("    {mid}")),
            "{} missing in mermaid",
            node.id
        );
        assert!(
            dot.contains(&format!("    \"{}\" [label=", node.id)),
            "{} missing in dot",
            node.id
        );
        for next in node.successors() {
            let to = &pb.node(next).id;
            assert!(
                dot.contains(&format!("\"{}\" -> \"{to}\"", node.id)),
                "{} -> {to}",
                node.id
            );
        }
    }
    let edges = pb.nodes().map(|(_, n)| n.successors().len()).sum::<usize>();
    assert_eq!(mermaid.matches(" -->").count(), edges);
    assert_eq!(dot.matches(" -> ").count(), edges);
}

#[test]
fn labels_that_would_break_the_syntax_are_escaped() {
    let text = std::fs::read_to_string(fixture_path("small.yaml"))
        .unwrap()
        .replace("question: First?", "question: 'Say \"hi\" #1 <now> \\ ok?'");
    let pb = breakglass::playbook::load_str(&text).unwrap().playbook;
    let mermaid = to_mermaid(&pb);
    assert!(
        mermaid.contains("n_q1[\"Say #quot;hi#quot; #35;1 #lt;now#gt; \\ ok?\"]"),
        "{mermaid}"
    );
    let dot = to_dot(&pb);
    assert!(
        dot.contains("[label=\"Say \\\"hi\\\" #1 <now> \\\\ ok?\"]"),
        "{dot}"
    );
}

#[test]
fn graph_command_takes_an_id_or_a_path() {
    run(&["graph"])
        .code(0)
        .stdout_has("flowchart TD")
        .stdout_has("n_which_service[");
    run(&["graph", "entra-mfa-lockout", "--format", "dot"])
        .code(0)
        .stdout_has("digraph \"entra-mfa-lockout\"");
    let small = fixture_path("small.yaml");
    run(&["graph", small.to_str().unwrap()])
        .code(0)
        .stdout_has("n_done_left([");
    run(&["graph", "--format", "svg"]).code(2);
}
