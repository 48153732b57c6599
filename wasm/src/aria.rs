//! A hidden ARIA mirror of egui's AccessKit tree, for screen readers and browser tests.
//!
//! egui draws into a canvas, and eframe 0.37's web backend drops the AccessKit update it gets
//! each frame ("not currently implemented"). This plugin takes that update and turns it into
//! HTML: one element per node, nested as in the tree, with its ARIA role and name, placed
//! transparently over the widget it stands for (a screen reader's highlight then lands on the
//! widget) and letting every pointer event through to the canvas.

use egui::accesskit::{Node, NodeId, Role, Toggled, TreeUpdate};
use std::collections::HashMap;
use std::fmt::Write as _;

/// Deepest nesting mirrored: a tree deeper than this is malformed (or cyclic).
const MAX_DEPTH: usize = 64;
/// Most elements per frame, so a huge tree cannot make the page unbounded.
const MAX_NODES: usize = 5_000;

/// The ARIA role of an AccessKit role, `None` for plain text and containers.
pub fn aria_role(role: Role) -> Option<&'static str> {
    Some(match role {
        Role::Button | Role::DefaultButton | Role::DisclosureTriangle => "button",
        Role::CheckBox => "checkbox",
        Role::RadioButton => "radio",
        Role::Switch => "switch",
        Role::TextInput
        | Role::MultilineTextInput
        | Role::PasswordInput
        | Role::SearchInput
        | Role::EmailInput
        | Role::NumberInput
        | Role::UrlInput => "textbox",
        Role::SpinButton => "spinbutton",
        Role::Slider => "slider",
        Role::ProgressIndicator => "progressbar",
        Role::ComboBox | Role::EditableComboBox => "combobox",
        Role::Link => "link",
        Role::Image => "img",
        Role::Window | Role::Dialog => "dialog",
        Role::AlertDialog => "alertdialog",
        Role::Alert => "alert",
        Role::Tooltip => "tooltip",
        Role::Menu => "menu",
        Role::MenuItem => "menuitem",
        Role::Tab => "tab",
        Role::TabList => "tablist",
        Role::TabPanel => "tabpanel",
        Role::Table => "table",
        Role::Grid => "grid",
        Role::Row => "row",
        Role::Cell | Role::GridCell => "cell",
        Role::ColumnHeader => "columnheader",
        Role::RowHeader => "rowheader",
        Role::List => "list",
        Role::ListItem => "listitem",
        Role::Heading => "heading",
        Role::Status => "status",
        Role::ScrollBar => "scrollbar",
        Role::Splitter => "separator",
        Role::Toolbar => "toolbar",
        Role::Group => "group",
        _ => return None,
    })
}

/// What a node is called: its label, else its text (egui puts a label's text in `value`).
fn own_name(node: &Node) -> Option<&str> {
    node.label()
        .or_else(|| node.value())
        .filter(|s| !s.is_empty())
}

/// The accessible name: its own, else the names of the nodes it is labelled by (a text field
/// named by the label beside it).
fn name_of(node: &Node, nodes: &HashMap<NodeId, &Node>) -> Option<String> {
    if let Some(name) = node.label().filter(|s| !s.is_empty()) {
        return Some(name.to_string());
    }
    let by: Vec<&str> = node
        .labelled_by()
        .iter()
        .filter_map(|id| nodes.get(id).and_then(|n| own_name(n)))
        .collect();
    if !by.is_empty() {
        return Some(by.join(" "));
    }
    own_name(node).map(str::to_string)
}

/// The tree under `root` as HTML. Coordinates are egui points, which are CSS pixels.
pub fn to_html(update: &TreeUpdate, root: NodeId) -> String {
    let nodes: HashMap<NodeId, &Node> = update.nodes.iter().map(|(id, n)| (*id, n)).collect();
    let mut out = String::new();
    let mut budget = MAX_NODES;
    if let Some(node) = nodes.get(&root) {
        // The root is the window itself: its children are the mirror's top level.
        for &child in node.children() {
            write_node(&mut out, &nodes, child, (0.0, 0.0), 0, &mut budget);
        }
    }
    out
}

fn write_node(
    out: &mut String,
    nodes: &HashMap<NodeId, &Node>,
    id: NodeId,
    origin: (f64, f64),
    depth: usize,
    budget: &mut usize,
) {
    let Some(node) = nodes.get(&id) else { return };
    // Text runs are a label's lines again: the label already says them.
    if depth > MAX_DEPTH || *budget == 0 || node.is_hidden() || node.role() == Role::TextRun {
        return;
    }
    *budget -= 1;
    let role = node.role();
    let name = name_of(node, nodes);
    let _ = write!(out, "<div data-ak=\"{}\"", id.0);
    if let Some(aria) = aria_role(role) {
        let _ = write!(out, " role=\"{aria}\"");
        // Plain text reads as its content; a control needs its name said.
        if let Some(name) = &name {
            let _ = write!(out, " aria-label=\"{}\"", escape(name));
        }
    }
    attributes(out, node, role);
    let mut inner_origin = origin;
    if let Some(b) = node.bounds() {
        let _ = write!(
            out,
            " style=\"left:{:.1}px;top:{:.1}px;width:{:.1}px;height:{:.1}px\"",
            b.x0 - origin.0,
            b.y0 - origin.1,
            (b.x1 - b.x0).max(0.0),
            (b.y1 - b.y0).max(0.0)
        );
        inner_origin = (b.x0, b.y0);
    }
    out.push('>');
    if aria_role(role).is_none()
        && let Some(text) = &name
    {
        out.push_str(&escape(text));
    }
    for &child in node.children() {
        write_node(out, nodes, child, inner_origin, depth + 1, budget);
    }
    out.push_str("</div>");
}

/// State a screen reader says: checked, pressed, selected, disabled, a progress value.
fn attributes(out: &mut String, node: &Node, role: Role) {
    if let Some(toggled) = node.toggled() {
        let value = match toggled {
            Toggled::True => "true",
            Toggled::False => "false",
            Toggled::Mixed => "mixed",
        };
        let attr = match role {
            Role::CheckBox | Role::RadioButton | Role::Switch => "aria-checked",
            Role::Tab => "aria-selected",
            _ => "aria-pressed",
        };
        let _ = write!(out, " {attr}=\"{value}\"");
    }
    if node.is_disabled() {
        out.push_str(" aria-disabled=\"true\"");
    }
    if let Some(v) = node.numeric_value() {
        let _ = write!(out, " aria-valuenow=\"{v}\"");
        if role == Role::ProgressIndicator {
            out.push_str(" aria-valuemin=\"0\" aria-valuemax=\"1\"");
        }
    }
    if matches!(role, Role::TextInput | Role::SearchInput)
        && let Some(value) = node.value()
    {
        let _ = write!(out, " data-value=\"{}\"", escape(value));
    }
    if let Some(hint) = node.placeholder().filter(|h| !h.is_empty()) {
        let _ = write!(out, " aria-placeholder=\"{}\"", escape(hint));
    }
}

fn escape(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            '>' => s.push_str("&gt;"),
            '"' => s.push_str("&quot;"),
            '\'' => s.push_str("&#39;"),
            c => s.push(c),
        }
    }
    s
}

/// Where the mirror's HTML goes (the page's mirror element; a recorder in tests).
pub type MirrorSink = Box<dyn FnMut(&str) + Send + Sync>;

/// The egui plugin: after each pass, mirrors the tree when it changed.
pub struct MirrorPlugin {
    root: Option<NodeId>,
    last: String,
    sink: MirrorSink,
}

impl MirrorPlugin {
    pub fn new(sink: MirrorSink) -> MirrorPlugin {
        MirrorPlugin {
            root: None,
            last: String::new(),
            sink,
        }
    }
}

impl egui::Plugin for MirrorPlugin {
    fn debug_name(&self) -> &'static str {
        "aria_mirror"
    }

    fn setup(&mut self, ctx: &egui::Context) {
        ctx.enable_accesskit();
    }

    fn output_hook(&mut self, _ctx: &egui::Context, output: &mut egui::FullOutput) {
        let Some(update) = &output.platform_output.accesskit_update else {
            return;
        };
        if let Some(tree) = &update.tree {
            self.root = Some(tree.root);
        }
        let Some(root) = self.root else { return };
        let html = to_html(update, root);
        if html != self.last {
            (self.sink)(&html);
            self.last = html;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::accesskit::{Rect, TreeId, TreeInfo};

    fn update(nodes: Vec<(NodeId, Node)>) -> TreeUpdate {
        TreeUpdate {
            nodes,
            tree: Some(TreeInfo::new(NodeId(1))),
            tree_id: TreeId::ROOT,
            focus: NodeId(1),
        }
    }

    #[test]
    fn nests_names_roles_and_relative_positions() {
        let mut root = Node::new(Role::Window);
        root.set_children([NodeId(2)]);
        let mut panel = Node::new(Role::GenericContainer);
        panel.set_bounds(Rect::new(10.0, 20.0, 110.0, 220.0));
        panel.set_children([NodeId(3), NodeId(4), NodeId(6)]);
        let mut button = Node::new(Role::Button);
        button.set_label("Copy <name>");
        button.set_bounds(Rect::new(15.0, 25.0, 55.0, 45.0));
        button.set_disabled();
        let mut label = Node::new(Role::Label);
        label.set_value("ubuntu & debian");
        label.set_children([NodeId(5)]);
        let mut run = Node::new(Role::TextRun);
        run.set_value("ubuntu & debian");
        let mut field = Node::new(Role::PasswordInput);
        field.push_labelled_by(NodeId(4));
        let html = to_html(
            &update(vec![
                (NodeId(1), root),
                (NodeId(2), panel),
                (NodeId(3), button),
                (NodeId(4), label),
                (NodeId(5), run),
                (NodeId(6), field),
            ]),
            NodeId(1),
        );
        assert_eq!(
            html,
            "<div data-ak=\"2\" style=\"left:10.0px;top:20.0px;width:100.0px;height:200.0px\">\
             <div data-ak=\"3\" role=\"button\" aria-label=\"Copy &lt;name&gt;\" aria-disabled=\"true\" \
             style=\"left:5.0px;top:5.0px;width:40.0px;height:20.0px\"></div>\
             <div data-ak=\"4\">ubuntu &amp; debian</div>\
             <div data-ak=\"6\" role=\"textbox\" aria-label=\"ubuntu &amp; debian\"></div></div>"
        );
    }

    #[test]
    fn a_cycle_or_a_missing_child_stays_bounded() {
        let mut root = Node::new(Role::Window);
        root.set_children([NodeId(2), NodeId(99)]);
        let mut a = Node::new(Role::GenericContainer);
        a.set_children([NodeId(2)]);
        let html = to_html(&update(vec![(NodeId(1), root), (NodeId(2), a)]), NodeId(1));
        assert_eq!(html.matches("<div").count(), MAX_DEPTH + 1);
    }
}
