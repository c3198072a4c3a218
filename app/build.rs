//! Checks the interface texts (`locales/*.ftl`) and generates from `locales/en.ftl` what Rust
//! names them by (`$OUT_DIR/catalogue.rs`, included by `src/i18n/keys.rs`):
//!
//! - `Key`: one variant per message of en.ftl, in file order;
//! - the message enums `Msg`, `AdminMsg`, `AuthorMsg`, `SupervisionMsg`, `TranslationMsg`: the
//!   messages without variables of the sections `## learner`, `## admin` (ids `admin-…`),
//!   `## authoring` (`author-…`), `## supervision` (`supervision-…`) and `## translations`
//!   (`translation-…`), each variant named after its id
//!   without the prefix (`admin-save-changes` → `AdminMsg::SaveChanges`);
//! - `args::*`: for each message with variables a struct with one field per variable
//!   (`assigned-due-on = … { $date }` → `args::AssignedDueOn { date }`), so a message or a
//!   variable that Rust names but en.ftl lacks does not compile.
//!
//! The build fails, naming file, message and language, on a parse error, on a message of en.ftl
//! missing from another language (or one that only another language has), and on a variable that
//! a translation uses but the English message does not have.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use fluent_syntax::ast;

/// English first: it is the reference every other language follows.
const LANGUAGES: [&str; 4] = ["en", "ar", "fr", "tr"];

/// Sections of en.ftl whose plain messages (no variables) become an enum: section, id prefix,
/// enum. Other sections (`problems`, `labels`) are reached through `Key` only.
const ENUMS: [(&str, &str, &str); 9] = [
    ("learner", "", "Msg"),
    ("admin", "admin-", "AdminMsg"),
    ("authoring", "author-", "AuthorMsg"),
    ("supervision", "supervision-", "SupervisionMsg"),
    ("translations", "translation-", "TranslationMsg"),
    ("csv", "csv-", "CsvMsg"),
    ("evaluation", "evaluation-", "EvalMsg"),
    ("referrals", "referral-", "RefMsg"),
    ("records", "records-", "RecordsMsg"),
];

const SECTIONS: [&str; 11] = [
    "learner",
    "admin",
    "authoring",
    "supervision",
    "translations",
    "csv",
    "evaluation",
    "referrals",
    "records",
    "problems",
    "labels",
];

/// What a message of one file says, for the checks and the generated code.
struct Message {
    id: String,
    line: usize,
    section: Option<String>,
    comment: Vec<String>,
    variables: BTreeSet<String>,
    messages: BTreeSet<String>,
    terms: BTreeSet<String>,
}

struct Catalogue {
    messages: Vec<Message>,
    terms: BTreeSet<String>,
}

fn main() {
    let dir = Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("locales");
    println!("cargo:rerun-if-changed=build.rs");
    let mut catalogues = BTreeMap::new();
    for language in LANGUAGES {
        let path = dir.join(format!("{language}.ftl"));
        println!("cargo:rerun-if-changed={}", path.display());
        let source = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", path.display())));
        catalogues.insert(language, read(&format!("locales/{language}.ftl"), &source));
    }
    let en = &catalogues["en"];
    check_sections(en);
    for language in LANGUAGES {
        check_references(language, &catalogues[language]);
    }
    for language in &LANGUAGES[1..] {
        compare(en, language, &catalogues[language]);
    }
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("catalogue.rs");
    std::fs::write(&out, generate(en)).unwrap();
}

fn fail(message: &str) -> ! {
    panic!("\n\n{message}\n\n");
}

fn line_of(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
}

fn read(file: &str, source: &str) -> Catalogue {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            let list = errors
                .iter()
                .map(|e| {
                    let at = e.slice.clone().unwrap_or(e.pos.clone());
                    let entry = source[at.clone()].lines().next().unwrap_or("").trim();
                    format!("  {file}:{}: {} (in `{entry}`)", line_of(source, e.pos.start), e.kind)
                })
                .collect::<Vec<_>>()
                .join("\n");
            fail(&format!("{file} does not parse as Fluent:\n{list}"));
        }
    };
    let mut messages: Vec<Message> = vec![];
    let mut terms = BTreeSet::new();
    let mut section = None;
    // Offsets are not in the AST: find each entry's line by its id at the start of a line.
    let line_of_id = |id: &str| {
        let needle = format!("\n{id} =");
        source.find(&needle).map_or(1, |at| line_of(source, at + 1))
    };
    for entry in &resource.body {
        match entry {
            ast::Entry::GroupComment(c) => {
                let first = c.content.first().map(|l| l.trim()).unwrap_or("");
                let word = first.split([' ', ':']).next().unwrap_or("").to_lowercase();
                section = Some(word);
            }
            ast::Entry::Term(t) => {
                terms.insert(t.id.name.to_owned());
            }
            ast::Entry::Message(m) => {
                let id = m.id.name.to_owned();
                let line = line_of_id(&id);
                if !is_kebab(&id) {
                    fail(&format!("{file}:{line}: message id `{id}` is not kebab-case"));
                }
                if messages.iter().any(|other| other.id == id) {
                    fail(&format!("{file}:{line}: message `{id}` is defined twice"));
                }
                if !m.attributes.is_empty() {
                    fail(&format!(
                        "{file}:{line}: message `{id}` has attributes; Frontline's messages are one text each"
                    ));
                }
                let Some(value) = &m.value else {
                    fail(&format!("{file}:{line}: message `{id}` has no text"));
                };
                let mut found = Found::default();
                found.pattern(value);
                messages.push(Message {
                    id,
                    line,
                    section: section.clone(),
                    comment: m
                        .comment
                        .as_ref()
                        .map(|c| c.content.iter().map(|l| l.to_string()).collect())
                        .unwrap_or_default(),
                    variables: found.variables,
                    messages: found.messages,
                    terms: found.terms,
                });
            }
            ast::Entry::Comment(_) | ast::Entry::ResourceComment(_) => {}
            ast::Entry::Junk { content } => {
                fail(&format!("{file}: cannot read `{}`", content.trim()));
            }
        }
    }
    // A message referenced by another passes its variables on: count them as the referrer's.
    let own: BTreeMap<String, BTreeSet<String>> =
        messages.iter().map(|m| (m.id.clone(), m.variables.clone())).collect();
    for m in &mut messages {
        let mut seen = BTreeSet::new();
        let mut todo: Vec<String> = m.messages.iter().cloned().collect();
        while let Some(id) = todo.pop() {
            if !seen.insert(id.clone()) {
                continue;
            }
            if let Some(vars) = own.get(&id) {
                m.variables.extend(vars.iter().cloned());
            }
            if let Some(other) = messages_refs(&resource, &id) {
                todo.extend(other);
            }
        }
    }
    Catalogue { messages, terms }
}

fn messages_refs(resource: &ast::Resource<&str>, id: &str) -> Option<Vec<String>> {
    resource.body.iter().find_map(|e| match e {
        ast::Entry::Message(m) if m.id.name == id => {
            let mut found = Found::default();
            if let Some(v) = &m.value {
                found.pattern(v);
            }
            Some(found.messages.into_iter().collect())
        }
        _ => None,
    })
}

/// The variables, messages and terms a pattern refers to.
#[derive(Default)]
struct Found {
    variables: BTreeSet<String>,
    messages: BTreeSet<String>,
    terms: BTreeSet<String>,
}

impl Found {
    fn pattern(&mut self, pattern: &ast::Pattern<&str>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, expression: &ast::Expression<&str>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                for v in variants {
                    self.pattern(&v.value);
                }
            }
            ast::Expression::Inline(inline) => self.inline(inline),
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&str>) {
        use ast::InlineExpression::*;
        match inline {
            StringLiteral { .. } | NumberLiteral { .. } => {}
            FunctionReference { arguments, .. } => self.arguments(arguments),
            MessageReference { id, .. } => {
                self.messages.insert(id.name.to_owned());
            }
            TermReference { id, arguments, .. } => {
                self.terms.insert(id.name.to_owned());
                // A term's own variables are its arguments, not the message's.
                if let Some(arguments) = arguments {
                    self.arguments(arguments);
                }
            }
            VariableReference { id } => {
                self.variables.insert(id.name.to_owned());
            }
            Placeable { expression } => self.expression(expression),
        }
    }

    fn arguments(&mut self, arguments: &ast::CallArguments<&str>) {
        for a in &arguments.positional {
            self.inline(a);
        }
        for a in &arguments.named {
            self.inline(&a.value);
        }
    }
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            part.chars().next().is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
        && id.starts_with(|c: char| c.is_ascii_lowercase())
}

fn is_variable_name(name: &str) -> bool {
    const KEYWORDS: [&str; 12] =
        ["as", "fn", "for", "if", "in", "let", "loop", "match", "mod", "move", "type", "use"];
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !KEYWORDS.contains(&name)
}

/// en.ftl: every message in a known section, with the id prefix of its section's enum.
fn check_sections(en: &Catalogue) {
    for m in &en.messages {
        let file = "locales/en.ftl";
        let Some(section) = m.section.as_deref().filter(|s| SECTIONS.contains(s)) else {
            fail(&format!(
                "{file}:{}: message `{}` is outside the sections {SECTIONS:?}: put it under a `## <section>` comment",
                m.line, m.id
            ));
        };
        if let Some((_, prefix, enum_name)) = ENUMS.iter().find(|(s, _, _)| *s == section)
            && !prefix.is_empty()
            && !m.id.starts_with(prefix)
        {
            fail(&format!(
                "{file}:{}: message `{}` is in section `{section}` ({enum_name}), so its id starts with `{prefix}`",
                m.line, m.id
            ));
        }
        for v in &m.variables {
            if !is_variable_name(v) {
                fail(&format!(
                    "{file}:{}: variable `${v}` of `{}`: name variables in snake_case (they are Rust field names), not a Rust keyword",
                    m.line, m.id
                ));
            }
        }
    }
}

/// Every message and term a file refers to exists in that file.
fn check_references(language: &str, catalogue: &Catalogue) {
    let ids: BTreeSet<&str> = catalogue.messages.iter().map(|m| m.id.as_str()).collect();
    for m in &catalogue.messages {
        for r in &m.messages {
            if !ids.contains(r.as_str()) {
                fail(&format!(
                    "locales/{language}.ftl:{}: message `{}` refers to message `{r}`, which {language}.ftl does not have (language {language})",
                    m.line, m.id
                ));
            }
        }
        for t in &m.terms {
            if !catalogue.terms.contains(t) {
                fail(&format!(
                    "locales/{language}.ftl:{}: message `{}` refers to term `-{t}`, which {language}.ftl does not have (language {language})",
                    m.line, m.id
                ));
            }
        }
    }
}

/// A translation has exactly en.ftl's messages, and no variable the English message lacks.
fn compare(en: &Catalogue, language: &str, other: &Catalogue) {
    let file = format!("locales/{language}.ftl");
    let theirs: BTreeMap<&str, &Message> =
        other.messages.iter().map(|m| (m.id.as_str(), m)).collect();
    let ours: BTreeMap<&str, &Message> = en.messages.iter().map(|m| (m.id.as_str(), m)).collect();
    let missing: Vec<String> = en
        .messages
        .iter()
        .filter(|m| !theirs.contains_key(m.id.as_str()))
        .map(|m| format!("  `{}` (locales/en.ftl:{})", m.id, m.line))
        .collect();
    if !missing.is_empty() {
        fail(&format!(
            "{file} (language {language}) lacks {} message(s) of en.ftl:\n{}",
            missing.len(),
            missing.join("\n")
        ));
    }
    let extra: Vec<String> = other
        .messages
        .iter()
        .filter(|m| !ours.contains_key(m.id.as_str()))
        .map(|m| format!("  `{}` ({file}:{})", m.id, m.line))
        .collect();
    if !extra.is_empty() {
        fail(&format!(
            "{file} (language {language}) has message(s) that en.ftl does not have (remove them, or add them to en.ftl first):\n{}",
            extra.join("\n")
        ));
    }
    for m in &other.messages {
        let english = ours[m.id.as_str()];
        let unknown: Vec<String> =
            m.variables.difference(&english.variables).map(|v| format!("${v}")).collect();
        if !unknown.is_empty() {
            let known: Vec<String> = english.variables.iter().map(|v| format!("${v}")).collect();
            fail(&format!(
                "{file}:{}: message `{}` (language {language}) uses {} that the English message does not have; it has: {}",
                m.line,
                m.id,
                unknown.join(", "),
                if known.is_empty() { "no variables".to_owned() } else { known.join(", ") }
            ));
        }
    }
}

fn camel(id: &str) -> String {
    id.split('-')
        .map(|part| {
            let mut c = part.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
        })
        .collect()
}

fn doc(out: &mut String, indent: &str, comment: &[String]) {
    for line in comment {
        let line = line.trim_end();
        if line.is_empty() {
            let _ = writeln!(out, "{indent}///");
        } else {
            let _ = writeln!(out, "{indent}/// {line}");
        }
    }
}

fn generate(en: &Catalogue) -> String {
    let mut out =
        String::from("// Generated by app/build.rs from locales/en.ftl. Do not edit.\n\n");
    let n = en.messages.len();

    out.push_str(
        "/// Every message of `locales/en.ftl`, in file order: what the catalogue is indexed by.\n",
    );
    out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\n");
    out.push_str("pub enum Key {\n");
    for m in &en.messages {
        let _ = writeln!(out, "    /// `{}`", m.id);
        let _ = writeln!(out, "    {},", camel(&m.id));
    }
    out.push_str("}\n\nimpl Key {\n");
    let _ = writeln!(out, "    pub const COUNT: usize = {n};");
    out.push_str("    /// Every key, in file order (`ALL[k as usize] == k`).\n");
    let _ = writeln!(out, "    pub const ALL: [Key; {n}] = [");
    for m in &en.messages {
        let _ = writeln!(out, "        Key::{},", camel(&m.id));
    }
    out.push_str("    ];\n\n    /// The message's id in the .ftl files.\n");
    out.push_str("    pub const fn id(self) -> &'static str {\n        match self {\n");
    for m in &en.messages {
        let _ = writeln!(out, "            Key::{} => {:?},", camel(&m.id), m.id);
    }
    out.push_str("        }\n    }\n\n");
    out.push_str("    /// The variables of the English message, sorted.\n");
    out.push_str("    pub const fn variables(self) -> &'static [&'static str] {\n");
    out.push_str("        match self {\n");
    for m in &en.messages {
        if !m.variables.is_empty() {
            let vars: Vec<String> = m.variables.iter().map(|v| format!("{v:?}")).collect();
            let _ = writeln!(out, "            Key::{} => &[{}],", camel(&m.id), vars.join(", "));
        }
    }
    out.push_str("            _ => &[],\n        }\n    }\n}\n\n");

    for (section, prefix, enum_name) in ENUMS {
        let plain: Vec<&Message> = en
            .messages
            .iter()
            .filter(|m| m.section.as_deref() == Some(section) && m.variables.is_empty())
            .collect();
        let _ = writeln!(
            out,
            "/// The texts without values of the `## {section}` section of `locales/en.ftl`."
        );
        out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\n");
        let _ = writeln!(out, "pub enum {enum_name} {{");
        for m in &plain {
            doc(&mut out, "    ", &m.comment);
            let _ = writeln!(out, "    /// `{}`", m.id);
            let _ = writeln!(out, "    {},", camel(&m.id[prefix.len()..]));
        }
        let _ = writeln!(out, "}}\n\nimpl {enum_name} {{");
        out.push_str("    pub const fn key(self) -> Key {\n        match self {\n");
        for m in &plain {
            let _ = writeln!(
                out,
                "            {enum_name}::{} => Key::{},",
                camel(&m.id[prefix.len()..]),
                camel(&m.id)
            );
        }
        out.push_str("        }\n    }\n}\n\n");
        let _ = writeln!(
            out,
            "impl super::Messages for {enum_name} {{\n    fn key(self) -> Key {{\n        {enum_name}::key(self)\n    }}\n}}\n"
        );
    }

    out.push_str(
        "/// One struct per message with variables, a field per variable: `say!` fills them.\n",
    );
    out.push_str("pub mod args {\n    use super::Key;\n    use crate::i18n::{Arg, Formatted};\n\n");
    for m in en.messages.iter().filter(|m| !m.variables.is_empty()) {
        let name = camel(&m.id);
        doc(&mut out, "    ", &m.comment);
        let _ = writeln!(out, "    /// `{}`", m.id);
        let _ = writeln!(out, "    pub struct {name}<'a> {{");
        for v in &m.variables {
            let _ = writeln!(out, "        pub {v}: Arg<'a>,");
        }
        let _ = writeln!(out, "    }}\n\n    impl<'a> Formatted<'a> for {name}<'a> {{");
        let _ = writeln!(out, "        const KEY: Key = Key::{name};");
        let fields: Vec<String> =
            m.variables.iter().map(|v| format!("({v:?}, self.{v})")).collect();
        let _ = writeln!(
            out,
            "        fn args(self) -> Vec<(&'static str, Arg<'a>)> {{\n            vec![{}]\n        }}\n    }}\n",
            fields.join(", ")
        );
    }
    out.push_str("}\n");
    out
}
