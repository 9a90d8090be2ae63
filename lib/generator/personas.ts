import type { CategoryKey, GeneratedAccountType, MockBankId, PersonaKey } from "./types";

export type AccountRole = "primary" | "savings" | "card";

export interface PersonaAccountSpec {
  role: AccountRole;
  bankId: MockBankId;
  name: string;
  type: GeneratedAccountType;
  mask: string;
  openingBalance: number;
  creditLimit: number | null;
}

interface MerchantIdentity {
  /** Raw bank descriptor; `{D6}` becomes 6 random digits, `{A9}` 9 random uppercase letters/digits. */
  descriptor: string;
  merchantName: string;
  mcc: string | null;
  city: string | null;
  category: CategoryKey;
}

/** Discretionary spending: a Poisson-ish number of charges per month in a minor-unit range. */
export interface SpendingSpec extends MerchantIdentity {
  min: number;
  max: number;
  perMonth: number;
  role: "primary" | "card";
  /** Restaurants where the posted amount includes a tip the authorization did not. */
  tipped?: boolean;
  /** Descriptor used when a purchase here is refunded. */
  refundDescriptor?: string;
}

export interface RecurringSpec extends MerchantIdentity {
  direction: "in" | "out";
  min: number;
  max: number;
  dayOfMonth: number;
  role: AccountRole;
  /** A subscription price rise from this month index on (only when anomalies are injected). */
  priceRise?: { fromMonth: number; amount: number };
}

export interface TransferSpec {
  debitDescriptor: string;
  creditDescriptor: string;
}

export interface PersonaSpec {
  key: PersonaKey;
  currency: string;
  utcOffsetMinutes: number;
  accounts: PersonaAccountSpec[];
  recurring: RecurringSpec[];
  spending: SpendingSpec[];
  savingsTransfer: TransferSpec & { amount: number; dayOfMonth: number };
  cardPayment: TransferSpec & { dayOfMonth: number };
  interestDescriptor: string;
  /** Never-seen merchants used for new_merchant_large. */
  bigTicket: Array<MerchantIdentity & { min: number; max: number }>;
  /** Authorization hold that later vanishes (fuel pump, hotel). */
  hold: MerchantIdentity & { amount: number };
}

const US: PersonaSpec = {
  key: "us",
  currency: "USD",
  utcOffsetMinutes: -300,
  accounts: [
    { role: "primary", bankId: "bank-a", name: "Everyday Checking", type: "checking", mask: "4821", openingBalance: 420_000, creditLimit: null },
    { role: "savings", bankId: "bank-a", name: "High Yield Savings", type: "savings", mask: "2210", openingBalance: 1_250_000, creditLimit: null },
    { role: "card", bankId: "bank-b", name: "Sapphire Card", type: "credit_card", mask: "7719", openingBalance: -85_000, creditLimit: 1_000_000 },
  ],
  recurring: [
    { descriptor: "ACME CORP PAYROLL PPD ID: 1234567890", merchantName: "Acme Corp", mcc: null, city: null, category: "income", direction: "in", min: 310_000, max: 310_000, dayOfMonth: 1, role: "primary" },
    { descriptor: "ACME CORP PAYROLL PPD ID: 1234567890", merchantName: "Acme Corp", mcc: null, city: null, category: "income", direction: "in", min: 310_000, max: 310_000, dayOfMonth: 15, role: "primary" },
    { descriptor: "ZELLE PAYMENT TO OAKWOOD PROPERTY MGMT CONF# {A8}", merchantName: "Oakwood Property Mgmt", mcc: null, city: "Brooklyn", category: "bills_and_utilities", direction: "out", min: 185_000, max: 185_000, dayOfMonth: 1, role: "primary" },
    { descriptor: "CON ED OF NY DES:INTELL CK ID:{D10}", merchantName: "Con Edison", mcc: "4900", city: "New York", category: "bills_and_utilities", direction: "out", min: 6_500, max: 14_500, dayOfMonth: 12, role: "primary" },
    { descriptor: "VERIZON WIRELESS PAYMENTS", merchantName: "Verizon", mcc: "4814", city: null, category: "bills_and_utilities", direction: "out", min: 8_500, max: 8_500, dayOfMonth: 20, role: "card" },
    { descriptor: "PAYPAL *NETFLIX", merchantName: "Netflix", mcc: "4899", city: "Los Gatos", category: "entertainment", direction: "out", min: 1_549, max: 1_549, dayOfMonth: 7, role: "card", priceRise: { fromMonth: 10, amount: 1_799 } },
    { descriptor: "SPOTIFY USA", merchantName: "Spotify", mcc: "5815", city: "New York", category: "entertainment", direction: "out", min: 1_199, max: 1_199, dayOfMonth: 14, role: "card" },
    { descriptor: "APPLE.COM/BILL 866-712-7753", merchantName: "Apple", mcc: "5818", city: "Cupertino", category: "entertainment", direction: "out", min: 299, max: 299, dayOfMonth: 22, role: "card" },
    { descriptor: "CIGNA HLTHCARE PREM PPD ID:{D10}", merchantName: "Cigna", mcc: "6300", city: null, category: "healthcare", direction: "out", min: 21_000, max: 21_000, dayOfMonth: 5, role: "primary" },
  ],
  spending: [
    { descriptor: "WHOLEFDS MKT #10234", merchantName: "Whole Foods Market", mcc: "5411", city: "Brooklyn", category: "food_and_dining", min: 3_500, max: 14_000, perMonth: 4, role: "card" },
    { descriptor: "TRADER JOE S #552", merchantName: "Trader Joe's", mcc: "5411", city: "Brooklyn", category: "food_and_dining", min: 2_000, max: 9_000, perMonth: 3, role: "card" },
    { descriptor: "SQ *BLUE BOTTLE COFFEE", merchantName: "Blue Bottle Coffee", mcc: "5814", city: "New York", category: "food_and_dining", min: 450, max: 1_200, perMonth: 6, role: "card" },
    { descriptor: "TST* JOES PIZZA 1234", merchantName: "Joe's Pizza", mcc: "5812", city: "New York", category: "food_and_dining", min: 1_800, max: 4_500, perMonth: 2, role: "card", tipped: true },
    { descriptor: "CHIPOTLE 2381", merchantName: "Chipotle", mcc: "5814", city: "New York", category: "food_and_dining", min: 1_100, max: 1_800, perMonth: 3, role: "card" },
    { descriptor: "DOORDASH*THAI VILLA", merchantName: "DoorDash", mcc: "5812", city: "San Francisco", category: "food_and_dining", min: 2_500, max: 5_500, perMonth: 2, role: "card" },
    { descriptor: "SHELL OIL 57442{D4}", merchantName: "Shell", mcc: "5541", city: "Brooklyn", category: "transportation", min: 3_000, max: 6_500, perMonth: 2, role: "card" },
    { descriptor: "UBER *TRIP HELP.UBER.COM", merchantName: "Uber", mcc: "4121", city: "San Francisco", category: "transportation", min: 1_200, max: 3_800, perMonth: 3, role: "card" },
    { descriptor: "MTA*NYCT PAYGO", merchantName: "MTA", mcc: "4111", city: "New York", category: "transportation", min: 290, max: 290, perMonth: 6, role: "card" },
    { descriptor: "AMZN Mktp US*{A9}", merchantName: "Amazon", mcc: "5999", city: "Seattle", category: "shopping", min: 1_200, max: 8_000, perMonth: 3, role: "card", refundDescriptor: "AMZN Mktp US*{A9} REFUND" },
    { descriptor: "TARGET 0001{D4}", merchantName: "Target", mcc: "5310", city: "Brooklyn", category: "shopping", min: 2_000, max: 9_000, perMonth: 1, role: "card", refundDescriptor: "TARGET RETURN 0001{D4}" },
    { descriptor: "AMC 9632 ONLINE", merchantName: "AMC Theatres", mcc: "7832", city: "New York", category: "entertainment", min: 1_800, max: 4_200, perMonth: 0.5, role: "card" },
    { descriptor: "CVS/PHARMACY #0{D4}", merchantName: "CVS Pharmacy", mcc: "5912", city: "Brooklyn", category: "healthcare", min: 800, max: 4_500, perMonth: 1, role: "card" },
    { descriptor: "CITYMD URGENT CARE", merchantName: "CityMD", mcc: "8011", city: "New York", category: "healthcare", min: 15_000, max: 25_000, perMonth: 0.15, role: "card" },
    { descriptor: "DELTA AIR 006{D10}", merchantName: "Delta Air Lines", mcc: "3058", city: "Atlanta", category: "travel", min: 25_000, max: 60_000, perMonth: 0.15, role: "card" },
    { descriptor: "MARRIOTT NYC TIMES SQ", merchantName: "Marriott", mcc: "3509", city: "New York", category: "travel", min: 30_000, max: 80_000, perMonth: 0.1, role: "card" },
    { descriptor: "ATM WITHDRAWAL 00{D4} BROADWAY NEW YORK NY", merchantName: "ATM", mcc: "6011", city: "New York", category: "other", min: 6_000, max: 10_000, perMonth: 1, role: "primary" },
  ],
  savingsTransfer: { debitDescriptor: "ONLINE TRANSFER TO SAV XXXXXX2210 REF #IB{A8}", creditDescriptor: "ONLINE TRANSFER FROM CHK XXXXXX4821 REF #IB{A8}", amount: 50_000, dayOfMonth: 3 },
  cardPayment: { debitDescriptor: "SAPPHIRE CARD AUTOPAY PPD ID: 4760039224", creditDescriptor: "AUTOPAY PAYMENT - THANK YOU", dayOfMonth: 25 },
  interestDescriptor: "INTEREST PAYMENT",
  bigTicket: [
    { descriptor: "BEST BUY 00012{D3}", merchantName: "Best Buy", mcc: "5732", city: "Brooklyn", category: "shopping", min: 120_000, max: 220_000 },
    { descriptor: "APPLE STORE R095", merchantName: "Apple Store", mcc: "5732", city: "New York", category: "shopping", min: 150_000, max: 260_000 },
  ],
  hold: { descriptor: "SHELL OIL 57442{D4}", merchantName: "Shell", mcc: "5541", city: "Brooklyn", category: "transportation", amount: 10_000 },
};

const UK: PersonaSpec = {
  key: "uk",
  currency: "GBP",
  utcOffsetMinutes: 0,
  accounts: [
    { role: "primary", bankId: "bank-c", name: "Current Account", type: "checking", mask: "5523", openingBalance: 240_000, creditLimit: null },
    { role: "savings", bankId: "bank-c", name: "Easy Saver", type: "savings", mask: "8841", openingBalance: 900_000, creditLimit: null },
    { role: "card", bankId: "bank-b", name: "Platinum Cashback Card", type: "credit_card", mask: "3007", openingBalance: -42_000, creditLimit: 600_000 },
  ],
  recurring: [
    { descriptor: "SALARY ACME LTD BGC", merchantName: "Acme Ltd", mcc: null, city: null, category: "income", direction: "in", min: 285_000, max: 285_000, dayOfMonth: 28, role: "primary" },
    { descriptor: "HOMELET LETTINGS STO", merchantName: "Homelet Lettings", mcc: null, city: "London", category: "bills_and_utilities", direction: "out", min: 145_000, max: 145_000, dayOfMonth: 1, role: "primary" },
    { descriptor: "LB CAMDEN CTAX DDR", merchantName: "London Borough of Camden", mcc: "9311", city: "London", category: "bills_and_utilities", direction: "out", min: 16_500, max: 16_500, dayOfMonth: 2, role: "primary" },
    { descriptor: "BRITISH GAS DDR", merchantName: "British Gas", mcc: "4900", city: null, category: "bills_and_utilities", direction: "out", min: 6_500, max: 11_000, dayOfMonth: 10, role: "primary" },
    { descriptor: "THAMES WATER DDR", merchantName: "Thames Water", mcc: "4900", city: "Reading", category: "bills_and_utilities", direction: "out", min: 3_800, max: 3_800, dayOfMonth: 15, role: "primary" },
    { descriptor: "EE LIMITED DDR", merchantName: "EE", mcc: "4814", city: null, category: "bills_and_utilities", direction: "out", min: 2_500, max: 2_500, dayOfMonth: 18, role: "primary" },
    { descriptor: "NETFLIX.COM", merchantName: "Netflix", mcc: "4899", city: "Amsterdam", category: "entertainment", direction: "out", min: 1_099, max: 1_099, dayOfMonth: 9, role: "card", priceRise: { fromMonth: 8, amount: 1_299 } },
    { descriptor: "SPOTIFY P{A9}", merchantName: "Spotify", mcc: "5815", city: "Stockholm", category: "entertainment", direction: "out", min: 1_199, max: 1_199, dayOfMonth: 16, role: "card" },
    { descriptor: "AMAZON PRIME*{A9}", merchantName: "Amazon Prime", mcc: "5968", city: "London", category: "shopping", direction: "out", min: 899, max: 899, dayOfMonth: 21, role: "card" },
  ],
  spending: [
    { descriptor: "TESCO STORES 3297", merchantName: "Tesco", mcc: "5411", city: "London", category: "food_and_dining", min: 1_500, max: 8_500, perMonth: 5, role: "card" },
    { descriptor: "SAINSBURYS S/MKTS", merchantName: "Sainsbury's", mcc: "5411", city: "London", category: "food_and_dining", min: 1_200, max: 6_500, perMonth: 3, role: "card" },
    { descriptor: "M&S SIMPLY FOOD - CAMDEN", merchantName: "Marks & Spencer", mcc: "5411", city: "London", category: "food_and_dining", min: 600, max: 2_800, perMonth: 2, role: "card" },
    { descriptor: "PRET A MANGER", merchantName: "Pret A Manger", mcc: "5814", city: "London", category: "food_and_dining", min: 350, max: 950, perMonth: 6, role: "card" },
    { descriptor: "CAFÉ NERO 0412", merchantName: "Caffè Nero", mcc: "5814", city: "London", category: "food_and_dining", min: 300, max: 700, perMonth: 3, role: "card" },
    { descriptor: "SQ *MONMOUTH COFFEE", merchantName: "Monmouth Coffee", mcc: "5814", city: "London", category: "food_and_dining", min: 300, max: 900, perMonth: 2, role: "card" },
    { descriptor: "DELIVEROO", merchantName: "Deliveroo", mcc: "5812", city: "London", category: "food_and_dining", min: 1_800, max: 4_200, perMonth: 2, role: "card" },
    { descriptor: "WAGAMAMA LTD", merchantName: "Wagamama", mcc: "5812", city: "London", category: "food_and_dining", min: 1_800, max: 4_500, perMonth: 1, role: "card", tipped: true },
    { descriptor: "TFL TRAVEL CH", merchantName: "Transport for London", mcc: "4111", city: "London", category: "transportation", min: 280, max: 1_500, perMonth: 8, role: "card" },
    { descriptor: "UBER *TRIP", merchantName: "Uber", mcc: "4121", city: "London", category: "transportation", min: 900, max: 3_200, perMonth: 1, role: "card" },
    { descriptor: "SHELL COSTCUTTER {D4}", merchantName: "Shell", mcc: "5541", city: "London", category: "transportation", min: 4_000, max: 7_500, perMonth: 1, role: "card" },
    { descriptor: "AMAZON.CO.UK*{A9}", merchantName: "Amazon", mcc: "5999", city: "London", category: "shopping", min: 900, max: 6_500, perMonth: 3, role: "card", refundDescriptor: "AMAZON.CO.UK REFUND*{A9}" },
    { descriptor: "ARGOS LTD", merchantName: "Argos", mcc: "5311", city: "London", category: "shopping", min: 1_500, max: 9_000, perMonth: 0.5, role: "card", refundDescriptor: "ARGOS LTD REFUND" },
    { descriptor: "BOOTS 1123", merchantName: "Boots", mcc: "5912", city: "London", category: "healthcare", min: 400, max: 3_500, perMonth: 1, role: "card" },
    { descriptor: "BUPA DENTAL CARE", merchantName: "Bupa Dental Care", mcc: "8021", city: "London", category: "healthcare", min: 6_500, max: 18_000, perMonth: 0.15, role: "card" },
    { descriptor: "VUE CINEMAS", merchantName: "Vue Cinemas", mcc: "7832", city: "London", category: "entertainment", min: 1_100, max: 2_800, perMonth: 0.6, role: "card" },
    { descriptor: "BRITISH AIRWAYS 125{D10}", merchantName: "British Airways", mcc: "3005", city: "London", category: "travel", min: 9_000, max: 45_000, perMonth: 0.15, role: "card" },
    { descriptor: "PREMIER INN 44{D3}", merchantName: "Premier Inn", mcc: "7011", city: "Manchester", category: "travel", min: 7_000, max: 18_000, perMonth: 0.15, role: "card" },
    { descriptor: "LINK ATM CAMDEN HIGH ST", merchantName: "ATM", mcc: "6011", city: "London", category: "other", min: 2_000, max: 10_000, perMonth: 1, role: "primary" },
  ],
  savingsTransfer: { debitDescriptor: "TFR TO EASY SAVER 40-12-76 12348841", creditDescriptor: "TFR FROM CURRENT ACC 40-12-76 12345523", amount: 40_000, dayOfMonth: 29 },
  cardPayment: { debitDescriptor: "PLATINUM CARD PAYMENT DDR", creditDescriptor: "PAYMENT RECEIVED - THANK YOU", dayOfMonth: 20 },
  interestDescriptor: "GROSS INTEREST",
  bigTicket: [
    { descriptor: "CURRYS PC WORLD 00{D4}", merchantName: "Currys", mcc: "5732", city: "London", category: "shopping", min: 90_000, max: 180_000 },
    { descriptor: "JOHN LEWIS OXFORD ST", merchantName: "John Lewis", mcc: "5311", city: "London", category: "shopping", min: 80_000, max: 160_000 },
  ],
  hold: { descriptor: "PREMIER INN 44{D3}", merchantName: "Premier Inn", mcc: "7011", city: "Manchester", category: "travel", amount: 15_000 },
};

const upi = (payee: string, bank: string, vpa: string): string => `UPI/DR/{D12}/${payee}/${bank}/${vpa}/Payment`;

const IN: PersonaSpec = {
  key: "in",
  currency: "INR",
  utcOffsetMinutes: 330,
  accounts: [
    { role: "primary", bankId: "bank-a", name: "Salary Savings Account", type: "savings", mask: "1234", openingBalance: 24_000_000, creditLimit: null },
    { role: "savings", bankId: "bank-c", name: "Goal Savings Account", type: "savings", mask: "3321", openingBalance: 60_000_000, creditLimit: null },
    { role: "card", bankId: "bank-b", name: "Regalia Credit Card", type: "credit_card", mask: "7719", openingBalance: -1_850_000, creditLimit: 30_000_000 },
  ],
  recurring: [
    { descriptor: "NEFT-ACME TECHNOLOGIES PVT LTD-SALARY", merchantName: "Acme Technologies", mcc: null, city: null, category: "income", direction: "in", min: 18_500_000, max: 18_500_000, dayOfMonth: 1, role: "primary" },
    { descriptor: "UPI/DR/{D12}/RAMESH KUMAR/HDFC/rameshk@okhdfcbank/Rent", merchantName: "Ramesh Kumar", mcc: null, city: "Bengaluru", category: "bills_and_utilities", direction: "out", min: 3_500_000, max: 3_500_000, dayOfMonth: 3, role: "primary" },
    { descriptor: "BESCOM BILL PAYMENT BBPS {D10}", merchantName: "BESCOM", mcc: "4900", city: "Bengaluru", category: "bills_and_utilities", direction: "out", min: 120_000, max: 280_000, dayOfMonth: 8, role: "primary" },
    { descriptor: "AIRTEL POSTPAID BBPS {D10}", merchantName: "Airtel", mcc: "4814", city: null, category: "bills_and_utilities", direction: "out", min: 59_900, max: 59_900, dayOfMonth: 12, role: "primary" },
    { descriptor: "ACT FIBERNET BANGALORE", merchantName: "ACT Fibernet", mcc: "4816", city: "Bengaluru", category: "bills_and_utilities", direction: "out", min: 117_000, max: 117_000, dayOfMonth: 5, role: "card" },
    { descriptor: "NETFLIX.COM MUMBAI", merchantName: "Netflix", mcc: "4899", city: "Mumbai", category: "entertainment", direction: "out", min: 64_900, max: 64_900, dayOfMonth: 11, role: "card", priceRise: { fromMonth: 9, amount: 79_900 } },
    { descriptor: "SPOTIFY INDIA", merchantName: "Spotify", mcc: "5815", city: "Mumbai", category: "entertainment", direction: "out", min: 11_900, max: 11_900, dayOfMonth: 17, role: "card" },
    { descriptor: "STAR HEALTH INSURANCE PREMIUM", merchantName: "Star Health", mcc: "6300", city: "Chennai", category: "healthcare", direction: "out", min: 180_000, max: 180_000, dayOfMonth: 20, role: "primary" },
  ],
  spending: [
    { descriptor: upi("SWIGGY", "YESB", "swiggy@ybl"), merchantName: "Swiggy", mcc: "5812", city: "Bengaluru", category: "food_and_dining", min: 25_000, max: 90_000, perMonth: 6, role: "primary" },
    { descriptor: upi("ZOMATO", "HDFC", "zomato@hdfcbank"), merchantName: "Zomato", mcc: "5812", city: "Bengaluru", category: "food_and_dining", min: 30_000, max: 110_000, perMonth: 3, role: "primary" },
    { descriptor: upi("CHAI POINT", "ICIC", "chaipoint@icici"), merchantName: "Chai Point", mcc: "5814", city: "Bengaluru", category: "food_and_dining", min: 6_000, max: 25_000, perMonth: 4, role: "primary" },
    { descriptor: upi("BIGBASKET", "ICIC", "bigbasket@icici"), merchantName: "BigBasket", mcc: "5411", city: "Bengaluru", category: "food_and_dining", min: 80_000, max: 350_000, perMonth: 3, role: "primary" },
    { descriptor: "PAYTM*BLINKIT", merchantName: "Blinkit", mcc: "5411", city: "Gurugram", category: "food_and_dining", min: 20_000, max: 120_000, perMonth: 3, role: "card" },
    { descriptor: "TOIT BREWPUB INDIRANAGAR", merchantName: "Toit", mcc: "5813", city: "Bengaluru", category: "food_and_dining", min: 150_000, max: 450_000, perMonth: 0.7, role: "card", tipped: true },
    { descriptor: upi("UBER INDIA", "YESB", "uber@ybl"), merchantName: "Uber", mcc: "4121", city: "Bengaluru", category: "transportation", min: 18_000, max: 65_000, perMonth: 5, role: "primary" },
    { descriptor: "HPCL {D6} BANGALORE", merchantName: "HPCL", mcc: "5541", city: "Bengaluru", category: "transportation", min: 150_000, max: 350_000, perMonth: 2, role: "card" },
    { descriptor: "PAYTM*NAMMA METRO", merchantName: "Namma Metro", mcc: "4111", city: "Bengaluru", category: "transportation", min: 5_000, max: 20_000, perMonth: 2, role: "primary" },
    { descriptor: "AMAZON PAY INDIA PRIVA", merchantName: "Amazon", mcc: "5999", city: "Bengaluru", category: "shopping", min: 40_000, max: 600_000, perMonth: 2, role: "card", refundDescriptor: "AMAZON PAY INDIA REFUND" },
    { descriptor: "FLIPKART INTERNET PVT LTD", merchantName: "Flipkart", mcc: "5999", city: "Bengaluru", category: "shopping", min: 50_000, max: 500_000, perMonth: 1, role: "card", refundDescriptor: "FLIPKART REFUND {D8}" },
    { descriptor: "MYNTRA DESIGNS PVT LTD", merchantName: "Myntra", mcc: "5651", city: "Bengaluru", category: "shopping", min: 80_000, max: 400_000, perMonth: 0.5, role: "card" },
    { descriptor: "BOOKMYSHOW {D8}", merchantName: "BookMyShow", mcc: "7832", city: "Mumbai", category: "entertainment", min: 40_000, max: 150_000, perMonth: 0.8, role: "card" },
    { descriptor: upi("APOLLO PHARMACY", "AXIS", "apollopharmacy@axisbank"), merchantName: "Apollo Pharmacy", mcc: "5912", city: "Bengaluru", category: "healthcare", min: 15_000, max: 250_000, perMonth: 1, role: "primary" },
    { descriptor: "PRACTO TECHNOLOGIES", merchantName: "Practo", mcc: "8011", city: "Bengaluru", category: "healthcare", min: 50_000, max: 150_000, perMonth: 0.2, role: "card" },
    { descriptor: "INDIGO AIRLINES 6E{D6}", merchantName: "IndiGo", mcc: "3300", city: "Gurugram", category: "travel", min: 450_000, max: 1_400_000, perMonth: 0.2, role: "card" },
    { descriptor: "MAKEMYTRIP INDIA PVT LTD", merchantName: "MakeMyTrip", mcc: "4722", city: "Gurugram", category: "travel", min: 300_000, max: 1_200_000, perMonth: 0.15, role: "card" },
    { descriptor: "ATM WDL SBI INDIRANAGAR BANGALORE", merchantName: "ATM", mcc: "6011", city: "Bengaluru", category: "other", min: 200_000, max: 1_000_000, perMonth: 1, role: "primary" },
  ],
  savingsTransfer: { debitDescriptor: "IMPS-SELF TRANSFER TO XXXX3321-{D12}", creditDescriptor: "IMPS-SELF TRANSFER FROM XXXX1234-{D12}", amount: 5_000_000, dayOfMonth: 2 },
  cardPayment: { debitDescriptor: "BILLDESK CC PAYMENT XX7719", creditDescriptor: "PAYMENT RECEIVED BBPS THANK YOU", dayOfMonth: 18 },
  interestDescriptor: "SB INTEREST CREDIT",
  bigTicket: [
    { descriptor: "CROMA RETAIL {D6}", merchantName: "Croma", mcc: "5732", city: "Bengaluru", category: "shopping", min: 7_500_000, max: 14_000_000 },
    { descriptor: "TANISHQ JEWELLERS KORAMANGALA", merchantName: "Tanishq", mcc: "5944", city: "Bengaluru", category: "shopping", min: 9_000_000, max: 20_000_000 },
  ],
  hold: { descriptor: "HPCL {D6} BANGALORE", merchantName: "HPCL", mcc: "5541", city: "Bengaluru", category: "transportation", amount: 500_000 },
};

export const PERSONAS: Record<PersonaKey, PersonaSpec> = { us: US, uk: UK, in: IN };

export function getPersona(key: PersonaKey): PersonaSpec {
  return PERSONAS[key];
}
