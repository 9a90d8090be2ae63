/**
 * System default categories. Keys are stable identifiers stored in the database and in
 * user rules; names are display text and may be renamed per user without breaking data.
 */

export const TOP_LEVEL_CATEGORY_KEYS = [
  "food_and_dining",
  "transportation",
  "shopping",
  "entertainment",
  "bills_and_utilities",
  "healthcare",
  "travel",
  "income",
  "transfers",
  "other",
] as const;

export type TopLevelCategoryKey = (typeof TOP_LEVEL_CATEGORY_KEYS)[number];

export interface DefaultCategory {
  key: string;
  name: string;
  /** Null for the ten top-level categories; every subcategory names exactly one parent. */
  parentKey: TopLevelCategoryKey | null;
}

const TOP_LEVEL: ReadonlyArray<DefaultCategory> = [
  { key: "food_and_dining", name: "Food & Dining", parentKey: null },
  { key: "transportation", name: "Transportation", parentKey: null },
  { key: "shopping", name: "Shopping", parentKey: null },
  { key: "entertainment", name: "Entertainment", parentKey: null },
  { key: "bills_and_utilities", name: "Bills & Utilities", parentKey: null },
  { key: "healthcare", name: "Healthcare", parentKey: null },
  { key: "travel", name: "Travel", parentKey: null },
  { key: "income", name: "Income", parentKey: null },
  { key: "transfers", name: "Transfers", parentKey: null },
  { key: "other", name: "Other", parentKey: null },
];

const SUBCATEGORIES: ReadonlyArray<DefaultCategory> = [
  { key: "groceries", name: "Groceries", parentKey: "food_and_dining" },
  { key: "restaurants", name: "Restaurants", parentKey: "food_and_dining" },
  { key: "coffee_shops", name: "Coffee Shops", parentKey: "food_and_dining" },
  { key: "fast_food", name: "Fast Food", parentKey: "food_and_dining" },
  { key: "food_delivery", name: "Food Delivery", parentKey: "food_and_dining" },
  { key: "bars", name: "Bars", parentKey: "food_and_dining" },
  { key: "fuel", name: "Fuel", parentKey: "transportation" },
  { key: "rideshare", name: "Rideshare & Taxi", parentKey: "transportation" },
  { key: "public_transit", name: "Public Transit", parentKey: "transportation" },
  { key: "parking_and_tolls", name: "Parking & Tolls", parentKey: "transportation" },
  { key: "auto_service", name: "Auto Service", parentKey: "transportation" },
  { key: "online_marketplaces", name: "Online Marketplaces", parentKey: "shopping" },
  { key: "general_merchandise", name: "General Merchandise", parentKey: "shopping" },
  { key: "clothing", name: "Clothing", parentKey: "shopping" },
  { key: "electronics", name: "Electronics", parentKey: "shopping" },
  { key: "home_improvement", name: "Home & Garden", parentKey: "shopping" },
  { key: "personal_care", name: "Personal Care", parentKey: "shopping" },
  { key: "pets", name: "Pets", parentKey: "shopping" },
  { key: "streaming", name: "Streaming", parentKey: "entertainment" },
  { key: "movies_and_events", name: "Movies & Events", parentKey: "entertainment" },
  { key: "games", name: "Games", parentKey: "entertainment" },
  { key: "rent", name: "Rent & Mortgage", parentKey: "bills_and_utilities" },
  { key: "utilities", name: "Utilities", parentKey: "bills_and_utilities" },
  { key: "phone_and_internet", name: "Phone & Internet", parentKey: "bills_and_utilities" },
  { key: "insurance", name: "Insurance", parentKey: "bills_and_utilities" },
  { key: "subscriptions", name: "Subscriptions", parentKey: "bills_and_utilities" },
  { key: "taxes", name: "Taxes", parentKey: "bills_and_utilities" },
  { key: "loan_payments", name: "Loan Payments", parentKey: "bills_and_utilities" },
  { key: "pharmacy", name: "Pharmacy", parentKey: "healthcare" },
  { key: "doctor", name: "Doctor & Dentist", parentKey: "healthcare" },
  { key: "fitness", name: "Fitness", parentKey: "healthcare" },
  { key: "flights", name: "Flights", parentKey: "travel" },
  { key: "lodging", name: "Lodging", parentKey: "travel" },
  { key: "car_rental", name: "Car Rental", parentKey: "travel" },
  { key: "salary", name: "Salary", parentKey: "income" },
  { key: "interest_and_dividends", name: "Interest & Dividends", parentKey: "income" },
  { key: "refunds_and_benefits", name: "Refunds & Benefits", parentKey: "income" },
  { key: "account_transfer", name: "Account Transfer", parentKey: "transfers" },
  { key: "credit_card_payment", name: "Credit Card Payment", parentKey: "transfers" },
  { key: "cash_withdrawal", name: "Cash Withdrawal", parentKey: "transfers" },
  { key: "peer_payment", name: "Peer Payment", parentKey: "transfers" },
  { key: "bank_fees", name: "Bank Fees", parentKey: "other" },
  { key: "charity", name: "Charity", parentKey: "other" },
  { key: "education", name: "Education", parentKey: "other" },
  { key: "postage_and_government", name: "Postage & Government", parentKey: "other" },
];

export const DEFAULT_CATEGORIES: ReadonlyArray<DefaultCategory> = [...TOP_LEVEL, ...SUBCATEGORIES];

const BY_KEY = new Map(DEFAULT_CATEGORIES.map((category) => [category.key, category]));

export function isDefaultCategoryKey(key: string): boolean {
  return BY_KEY.has(key);
}

export function findDefaultCategory(key: string): DefaultCategory | undefined {
  return BY_KEY.get(key);
}

/** Rolls a subcategory up to its top-level parent; unknown keys (user-made categories) become "other". */
export function getTopLevelCategoryKey(key: string): TopLevelCategoryKey {
  const category = BY_KEY.get(key);
  if (!category) return "other";
  return category.parentKey ?? (category.key as TopLevelCategoryKey);
}

/** Matches a display name ("Food & Dining", case and spacing insensitive) to a top-level key. */
export function findTopLevelKeyByName(name: string): TopLevelCategoryKey | undefined {
  const wanted = name.trim().toLowerCase().replace(/\s+/g, " ");
  const match = TOP_LEVEL.find((category) => category.name.toLowerCase() === wanted || category.key === wanted);
  return match?.key as TopLevelCategoryKey | undefined;
}
