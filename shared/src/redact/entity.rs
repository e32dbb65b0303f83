//! The kinds of personal data the redactor finds, by the names used in placeholders, findings,
//! metrics and configuration (`EMAIL`, `PHONE`, ...).

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! entities {
    ($($variant:ident => $name:literal, $doc:literal;)*) => {
        /// A kind of personal data.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum EntityType {
            $(#[doc = $doc] $variant,)*
        }

        impl EntityType {
            pub const ALL: &'static [EntityType] = &[$(EntityType::$variant,)*];

            /// The name used in placeholders (`[EMAIL]`) and findings.
            pub fn name(self) -> &'static str {
                match self {
                    $(EntityType::$variant => $name,)*
                }
            }

            /// The text that replaces a value of this type.
            pub fn placeholder(self) -> &'static str {
                match self {
                    $(EntityType::$variant => concat!("[", $name, "]"),)*
                }
            }

            pub fn parse(name: &str) -> Option<Self> {
                match name {
                    $($name => Some(EntityType::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

entities! {
    Email => "EMAIL", "An email address.";
    Phone => "PHONE", "A UK or international phone number.";
    Card => "CARD", "A payment card number (Luhn-valid).";
    Nino => "NINO", "A UK National Insurance number.";
    Nhs => "NHS", "An NHS number (mod-11 valid).";
    Postcode => "POSTCODE", "A full UK postcode, or an Irish Eircode.";
    Iban => "IBAN", "An IBAN (mod-97 valid).";
    SortCode => "SORT_CODE", "A UK bank sort code, in banking context.";
    BankAccount => "BANK_ACCOUNT", "A bank account number, in banking context.";
    Ip => "IP", "An IPv4 or IPv6 address.";
    Dob => "DOB", "A date of birth.";
    Address => "ADDRESS", "A street address.";
    Name => "NAME", "A person's name.";
    Url => "URL", "A URL carrying credentials, a query or a personal path.";
    Passport => "PASSPORT", "A UK passport number, in passport context.";
    Utr => "UTR", "A UK Unique Taxpayer Reference (HMRC's), in tax context.";
    DrivingLicence => "DRIVING_LICENCE", "A UK (DVLA) driving licence number.";
    CardExpiry => "CARD_EXPIRY", "A card expiry date, in card context.";
    Cvv => "CVV", "A card security code, in card context.";
    VehicleRegistration => "VEHICLE_REG", "A UK vehicle registration (number plate).";
    Password => "PASSWORD", "A password, PIN, passcode, door code or memorable word, after its name.";
    Username => "USERNAME", "A username, login or social media handle, after its name.";
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for EntityType {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for EntityType {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Self::parse(&name).ok_or_else(|| serde::de::Error::custom(format_args!("unknown entity type {name:?}")))
    }
}

/// A set of entity types: which ones a redactor applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct EntitySet(u32);

impl EntitySet {
    pub const fn empty() -> Self {
        Self(0)
    }

    pub fn all() -> Self {
        EntityType::ALL.iter().copied().collect()
    }

    pub fn contains(self, entity: EntityType) -> bool {
        self.0 & (1 << entity as u32) != 0
    }

    pub fn with(self, entity: EntityType) -> Self {
        Self(self.0 | (1 << entity as u32))
    }

    pub fn without(self, entity: EntityType) -> Self {
        Self(self.0 & !(1 << entity as u32))
    }
}

impl EntitySet {
    /// The types in the set, in [`EntityType::ALL`]'s order.
    pub fn iter(self) -> impl Iterator<Item = EntityType> {
        EntityType::ALL.iter().copied().filter(move |e| self.contains(*e))
    }
}

/// A list of type names in configuration: `["EMAIL", "PHONE"]`.
impl Serialize for EntitySet {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for EntitySet {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Vec::<EntityType>::deserialize(d)?.into_iter().collect())
    }
}

impl Default for EntitySet {
    fn default() -> Self {
        Self::all()
    }
}

impl FromIterator<EntityType> for EntitySet {
    fn from_iter<I: IntoIterator<Item = EntityType>>(iter: I) -> Self {
        iter.into_iter().fold(Self::empty(), Self::with)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_placeholders_and_sets() {
        assert_eq!(EntityType::SortCode.name(), "SORT_CODE");
        assert_eq!(EntityType::Email.placeholder(), "[EMAIL]");
        for e in EntityType::ALL {
            assert_eq!(EntityType::parse(e.name()), Some(*e));
            assert!(EntitySet::all().contains(*e));
        }
        let set = EntitySet::all().without(EntityType::Name);
        assert!(!set.contains(EntityType::Name) && set.contains(EntityType::Email));
        assert_eq!(serde_json::to_string(&EntityType::DrivingLicence).unwrap(), "\"DRIVING_LICENCE\"");
        assert!(serde_json::from_str::<EntityType>("\"SSN\"").is_err());
    }

    #[test]
    fn a_set_is_a_list_of_type_names_in_configuration() {
        let set: EntitySet = serde_json::from_str(r#"["PHONE", "EMAIL", "PHONE"]"#).unwrap();
        assert_eq!(set, EntitySet::empty().with(EntityType::Email).with(EntityType::Phone));
        assert_eq!(serde_json::to_string(&set).unwrap(), r#"["EMAIL","PHONE"]"#);
        assert_eq!(serde_json::from_str::<EntitySet>("[]").unwrap(), EntitySet::empty());
        let err = serde_json::from_str::<EntitySet>(r#"["EMAIL", "SSN"]"#).unwrap_err();
        assert!(err.to_string().contains("unknown entity type"), "{err}");
        assert_eq!(EntitySet::all().iter().count(), EntityType::ALL.len());
    }
}
