//! Template values in profiles: query parameters (`{field}` or a literal, with conditions) and
//! extension-handshake integers (a literal or a `{placeholder}`).

use serde::{Deserialize, Serialize};

/// One query parameter: `{ name = "corrupt", value = "{corrupt}", when = ["nonzero"] }`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QueryParam {
    pub name: String,
    pub value: QueryValue,
    /// All must hold for the parameter to be sent.
    #[serde(default)]
    pub when: Vec<Condition>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum QueryValue {
    Field(Field),
    /// Sent as written (already escaped).
    Literal(String),
}

/// Announce values a query parameter can carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    InfoHash,
    PeerId,
    Port,
    Uploaded,
    Downloaded,
    Left,
    Corrupt,
    Redundant,
    Key,
    Event,
    Numwant,
    TrackerId,
}

const FIELDS: [(&str, Field); 12] = [
    ("info_hash", Field::InfoHash),
    ("peer_id", Field::PeerId),
    ("port", Field::Port),
    ("uploaded", Field::Uploaded),
    ("downloaded", Field::Downloaded),
    ("left", Field::Left),
    ("corrupt", Field::Corrupt),
    ("redundant", Field::Redundant),
    ("key", Field::Key),
    ("event", Field::Event),
    ("numwant", Field::Numwant),
    ("tracker_id", Field::TrackerId),
];

impl Field {
    pub fn name(self) -> &'static str {
        FIELDS
            .iter()
            .find(|(_, f)| *f == self)
            .map_or("?", |(name, _)| name)
    }

    /// Counters, for which `nonzero` makes sense.
    pub fn is_number(self) -> bool {
        matches!(
            self,
            Field::Port
                | Field::Uploaded
                | Field::Downloaded
                | Field::Left
                | Field::Corrupt
                | Field::Redundant
                | Field::Numwant
        )
    }
}

impl TryFrom<String> for QueryValue {
    type Error = String;
    fn try_from(text: String) -> Result<QueryValue, String> {
        let Some(inner) = text.strip_prefix('{').and_then(|t| t.strip_suffix('}')) else {
            if text.contains(['{', '}', '&', '=', ' ']) {
                return Err(format!(
                    "literal query value {text:?} contains {{, }}, &, = or a space"
                ));
            }
            return Ok(QueryValue::Literal(text));
        };
        FIELDS
            .iter()
            .find(|(name, _)| *name == inner)
            .map(|(_, field)| QueryValue::Field(*field))
            .ok_or_else(|| {
                let names: Vec<&str> = FIELDS.iter().map(|(n, _)| *n).collect();
                format!("unknown field {text:?}; known: {}", names.join(", "))
            })
    }
}

impl From<QueryValue> for String {
    fn from(value: QueryValue) -> String {
        match value {
            QueryValue::Field(field) => format!("{{{}}}", field.name()),
            QueryValue::Literal(text) => text,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// The announce has an event (not a regular update).
    EventSet,
    /// The announce is not `stopped`.
    NotStopped,
    /// The parameter's counter is not 0 (Transmission's `corrupt`).
    Nonzero,
    /// A numwant is known (given or from the profile).
    NumwantSet,
    /// The tracker gave us a tracker id.
    TrackerIdSet,
}

/// An extension-handshake integer: a literal or one of the placeholders.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "IntOrText", into = "IntOrText")]
pub enum IntTemplate {
    Literal(i64),
    /// `{port}`: our listening port.
    Port,
    /// `{metadata_size}`: size of the info dictionary; left out when unknown.
    MetadataSize,
    /// `{complete_ago}`: seconds since we completed the torrent, -1 when unknown or never.
    CompleteAgo,
    /// `{seeding}`: 1 when we have every piece, else 0.
    Seeding,
    /// `{seeding_only}`: 1 when we have every piece, else the key is left out.
    SeedingOnly,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum IntOrText {
    Int(i64),
    Text(String),
}

const PLACEHOLDERS: [(&str, IntTemplate); 5] = [
    ("{port}", IntTemplate::Port),
    ("{metadata_size}", IntTemplate::MetadataSize),
    ("{complete_ago}", IntTemplate::CompleteAgo),
    ("{seeding}", IntTemplate::Seeding),
    ("{seeding_only}", IntTemplate::SeedingOnly),
];

impl TryFrom<IntOrText> for IntTemplate {
    type Error = String;
    fn try_from(value: IntOrText) -> Result<IntTemplate, String> {
        match value {
            IntOrText::Int(n) => Ok(IntTemplate::Literal(n)),
            IntOrText::Text(text) => PLACEHOLDERS
                .iter()
                .find(|(name, _)| *name == text)
                .map(|(_, t)| *t)
                .ok_or_else(|| {
                    let names: Vec<&str> = PLACEHOLDERS.iter().map(|(n, _)| *n).collect();
                    format!("unknown placeholder {text:?}; known: {}", names.join(", "))
                }),
        }
    }
}

impl From<IntTemplate> for IntOrText {
    fn from(value: IntTemplate) -> IntOrText {
        match value {
            IntTemplate::Literal(n) => IntOrText::Int(n),
            other => IntOrText::Text(
                PLACEHOLDERS
                    .iter()
                    .find(|(_, t)| *t == other)
                    .map_or("?", |(n, _)| n)
                    .to_owned(),
            ),
        }
    }
}
