//! Small operations on JSON trees: deep merge, pruning to the differences, leaf paths.

use serde_json::{Map, Value};

/// Merges `overlay` into `base`: objects key by key, recursively; anything else replaces.
pub fn merge(base: &mut Value, overlay: Value) {
    match (base, overlay) {
        (Value::Object(base), Value::Object(overlay)) => {
            for (key, value) in overlay {
                match base.get_mut(&key) {
                    Some(slot) => merge(slot, value),
                    None => {
                        base.insert(key, value);
                    }
                }
            }
        }
        (slot, value) => *slot = value,
    }
}

/// What of `value` differs from `defaults`: objects are pruned key by key and dropped when
/// nothing is left; `None` when `value` equals `defaults`.
pub fn prune(value: Value, defaults: &Value) -> Option<Value> {
    match (value, defaults) {
        (Value::Object(map), Value::Object(default_map)) => {
            let kept: Map<String, Value> = map
                .into_iter()
                .filter_map(|(key, v)| match default_map.get(&key) {
                    Some(d) => prune(v, d).map(|v| (key, v)),
                    None => Some((key, v)),
                })
                .collect();
            (!kept.is_empty()).then_some(Value::Object(kept))
        }
        (value, defaults) => (value != *defaults).then_some(value),
    }
}

/// Every leaf of `value` (a non-object, or an empty object) with its key path.
pub fn leaves(value: &Value) -> Vec<(Vec<String>, &Value)> {
    let mut out = Vec::new();
    collect(value, &mut Vec::new(), &mut out);
    out
}

fn collect<'a>(value: &'a Value, path: &mut Vec<String>, out: &mut Vec<(Vec<String>, &'a Value)>) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            for (key, v) in map {
                path.push(key.clone());
                collect(v, path, out);
                path.pop();
            }
        }
        _ => out.push((path.clone(), value)),
    }
}

/// A tree holding only `leaf` at `path`.
pub fn single(path: &[String], leaf: Value) -> Value {
    path.iter().rev().fold(leaf, |inner, key| {
        let mut map = Map::new();
        map.insert(key.clone(), inner);
        Value::Object(map)
    })
}

/// The value at a dotted path (`"speed.upload_limit_kbps"`).
pub fn get<'a>(value: &'a Value, dotted: &str) -> Option<&'a Value> {
    dotted.split('.').try_fold(value, |v, key| v.get(key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn merge_is_deep_and_overlay_wins() {
        let mut base = json!({"a": 1, "o": {"x": 1, "y": 2}, "keep": true});
        merge(
            &mut base,
            json!({"a": 5, "o": {"y": 3, "z": 4}, "new": "n"}),
        );
        assert_eq!(
            base,
            json!({"a": 5, "o": {"x": 1, "y": 3, "z": 4}, "keep": true, "new": "n"})
        );
    }

    #[test]
    fn merge_replaces_an_object_by_a_scalar() {
        let mut base = json!({"o": {"x": 1}});
        merge(&mut base, json!({"o": 7}));
        assert_eq!(base, json!({"o": 7}));
    }

    #[test]
    fn prune_keeps_only_differences_and_drops_emptied_objects() {
        let defaults = json!({"a": 1, "o": {"x": 1, "y": 2}, "p": {"q": 0}});
        let value = json!({"a": 1, "o": {"x": 1, "y": 9}, "p": {"q": 0}, "extra": {"e": 1}});
        assert_eq!(
            prune(value, &defaults),
            Some(json!({"o": {"y": 9}, "extra": {"e": 1}}))
        );
        assert_eq!(prune(defaults.clone(), &defaults), None);
    }

    #[test]
    fn leaves_name_nested_keys() {
        let v = json!({"a": 1, "o": {"x": [1], "e": {}}});
        let mut paths: Vec<String> = leaves(&v).into_iter().map(|(p, _)| p.join(".")).collect();
        paths.sort();
        assert_eq!(paths, vec!["a", "o.e", "o.x"]);
    }

    #[test]
    fn single_and_get_agree() {
        let path = vec!["speed".to_string(), "alt".to_string()];
        let tree = single(&path, json!(3));
        assert_eq!(tree, json!({"speed": {"alt": 3}}));
        assert_eq!(get(&tree, "speed.alt"), Some(&json!(3)));
        assert_eq!(get(&tree, "speed.missing"), None);
    }
}
