//! [`TopCounts`]: the most frequent names (intents, missed utterances, cards, browsers) in a
//! stream of any length, in bounded memory.
//!
//! Counting is exact while at most `capacity` distinct names have been seen. Past that, it is the
//! Space-Saving algorithm (Metwally, Agrawal, El Abbadi, 2005): a new name takes the place of the
//! least counted one and inherits its count, so every name seen more than `total / capacity`
//! times is kept, and a kept count is never low and at most `total / capacity` high. Reports say
//! whether their rankings are exact.

use super::schema::{Ranked, Ranking};
use std::collections::{BTreeSet, HashMap};

/// Names longer than this are cut (on a character boundary) before counting.
const MAX_NAME_CHARS: usize = 200;

#[derive(Debug, Clone)]
struct Entry {
    name: Box<str>,
    count: u64,
}

#[derive(Debug, Clone)]
pub(crate) struct TopCounts {
    capacity: usize,
    /// Everything counted, kept or not.
    total: u64,
    entries: Vec<Entry>,
    index: HashMap<Box<str>, usize>,
    /// `(count, entry)` in count order, kept once the table is full, to find the least counted.
    by_count: Option<BTreeSet<(u64, usize)>>,
}

impl TopCounts {
    pub(crate) fn new(capacity: usize) -> Self {
        Self { capacity: capacity.max(1), total: 0, entries: Vec::new(), index: HashMap::new(), by_count: None }
    }

    pub(crate) fn add(&mut self, name: &str) {
        self.add_n(name, 1);
    }

    pub(crate) fn add_n(&mut self, name: &str, n: u64) {
        if n == 0 {
            return;
        }
        self.total += n;
        let name = cut(name);
        if let Some(&i) = self.index.get(name) {
            let entry = &mut self.entries[i];
            if let Some(order) = &mut self.by_count {
                order.remove(&(entry.count, i));
                order.insert((entry.count + n, i));
            }
            entry.count += n;
        } else if self.entries.len() < self.capacity {
            self.index.insert(name.into(), self.entries.len());
            self.entries.push(Entry { name: name.into(), count: n });
        } else {
            let entries = &self.entries;
            let order =
                self.by_count.get_or_insert_with(|| entries.iter().enumerate().map(|(i, e)| (e.count, i)).collect());
            let Some((least, i)) = order.pop_first() else { return };
            order.insert((least + n, i));
            let evicted = std::mem::replace(&mut self.entries[i], Entry { name: name.into(), count: least + n });
            self.index.remove(&evicted.name);
            self.index.insert(name.into(), i);
        }
    }

    /// Whether every count is exact: no name was ever replaced.
    fn is_exact(&self) -> bool {
        self.by_count.is_none()
    }

    /// The most a name missing from this table can have been seen.
    fn missing_bound(&self) -> u64 {
        if self.is_exact() { 0 } else { self.entries.iter().map(|e| e.count).min().unwrap_or(0) }
    }

    /// Adds another count of the same kind (another partition's). Exact stays exact while the
    /// two together hold at most `capacity` names; otherwise the merge keeps Space-Saving's
    /// guarantees (Agarwal et al., Mergeable Summaries, 2012).
    pub(crate) fn merge(&mut self, other: Self) {
        let distinct = self.index.len() + other.index.keys().filter(|k| !self.index.contains_key(*k)).count();
        if self.is_exact() && other.is_exact() && distinct <= self.capacity {
            self.total += other.total;
            for entry in other.entries {
                match self.index.get(&entry.name) {
                    Some(&i) => self.entries[i].count += entry.count,
                    None => {
                        self.index.insert(entry.name.clone(), self.entries.len());
                        self.entries.push(entry);
                    }
                }
            }
            return;
        }
        let (mine, theirs) = (self.missing_bound(), other.missing_bound());
        let mut counts: HashMap<Box<str>, u64> = HashMap::new();
        for e in &self.entries {
            let extra = if other.index.contains_key(&e.name) { 0 } else { theirs };
            counts.insert(e.name.clone(), e.count + extra);
        }
        for e in other.entries {
            let extra = if self.index.contains_key(&e.name) { 0 } else { mine };
            *counts.entry(e.name).or_insert(0) += e.count + extra;
        }
        let mut merged: Vec<Entry> = counts.into_iter().map(|(name, count)| Entry { name, count }).collect();
        merged.sort_unstable_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
        merged.truncate(self.capacity);
        self.total += other.total;
        self.index = merged.iter().enumerate().map(|(i, e)| (e.name.clone(), i)).collect();
        self.by_count = Some(merged.iter().enumerate().map(|(i, e)| (e.count, i)).collect());
        self.entries = merged;
    }

    /// The `shown` most frequent names, most frequent first (ties by name), with what the rest
    /// add up to.
    pub(crate) fn ranking(&self, shown: usize) -> Ranking {
        let mut entries: Vec<&Entry> = self.entries.iter().collect();
        entries.sort_unstable_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
        entries.truncate(shown);
        let listed: u64 = entries.iter().map(|e| e.count).sum();
        Ranking {
            top: entries.into_iter().map(|e| Ranked { name: e.name.to_string(), count: e.count }).collect(),
            other: self.total.saturating_sub(listed),
            exact: self.is_exact(),
        }
    }
}

fn cut(name: &str) -> &str {
    match name.char_indices().nth(MAX_NAME_CHARS) {
        Some((end, _)) => &name[..end],
        None => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(ranking: &Ranking) -> Vec<(&str, u64)> {
        ranking.top.iter().map(|r| (r.name.as_str(), r.count)).collect()
    }

    #[test]
    fn counts_exactly_while_few_names_are_seen() {
        let mut top = TopCounts::new(10);
        for name in ["b", "a", "b", "c", "b", "a"] {
            top.add(name);
        }
        let ranking = top.ranking(2);
        assert_eq!(names(&ranking), vec![("b", 3), ("a", 2)]);
        assert_eq!(ranking.other, 1);
        assert!(ranking.exact);
    }

    #[test]
    fn keeps_the_heavy_names_of_a_long_tail_and_bounds_the_error() {
        let mut top = TopCounts::new(100);
        // Three names seen often, among 10,000 seen once.
        for i in 0..10_000 {
            top.add(&format!("rare {i}"));
            if i % 10 == 0 {
                top.add("often");
            }
            if i % 20 == 0 {
                top.add("sometimes");
            }
            if i % 50 == 0 {
                top.add("now and then");
            }
        }
        assert_eq!(top.entries.len(), 100, "memory stays bounded");
        let ranking = top.ranking(3);
        assert_eq!(
            ranking.top.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(),
            ["often", "sometimes", "now and then"]
        );
        assert!(!ranking.exact);
        // Each count is never low and at most total / capacity high (truth: 1,000, 500, 200).
        for (shown, truth) in ranking.top.iter().zip([1_000, 500, 200]) {
            assert!(shown.count >= truth && shown.count - truth <= 11_700 / 100, "{shown:?} vs {truth}");
        }
        assert_eq!(ranking.other + ranking.top.iter().map(|r| r.count).sum::<u64>(), 11_700);
    }

    #[test]
    fn merging_adds_counts_of_the_same_name() {
        let (mut a, mut b) = (TopCounts::new(10), TopCounts::new(10));
        a.add_n("x", 2);
        b.add_n("x", 3);
        b.add("y");
        a.merge(b);
        assert_eq!(names(&a.ranking(5)), vec![("x", 5), ("y", 1)]);
    }

    #[test]
    fn merging_full_tables_keeps_the_heavy_names() {
        let (mut a, mut b) = (TopCounts::new(20), TopCounts::new(20));
        for i in 0..1_000 {
            a.add(&format!("a{i}"));
            b.add(&format!("b{i}"));
            if i % 4 == 0 {
                a.add("shared");
                b.add("shared");
            }
        }
        a.merge(b);
        let ranking = a.ranking(1);
        assert_eq!(ranking.top[0].name, "shared");
        assert!(ranking.top[0].count >= 500);
        assert!(!ranking.exact);
        assert_eq!(a.entries.len(), 20);
    }

    #[test]
    fn long_names_are_cut_on_a_character_boundary() {
        let mut top = TopCounts::new(2);
        top.add(&"é".repeat(300));
        assert_eq!(top.ranking(1).top[0].name.chars().count(), MAX_NAME_CHARS);
    }
}
