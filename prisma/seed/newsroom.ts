// The demo newsroom: sections, topics, authors, users, agencies, places and
// people for datelines and quotes (the story kits are in kits/). All
// names and text are invented for this project.

export const CATEGORIES = [
  { slug: "pakistan", name: "Pakistan", description: "National news from the provinces, the capital and the courts.", color: "#0f766e" },
  { slug: "world", name: "World", description: "Reports from our correspondents and partner agencies around the world.", color: "#1d4ed8" },
  { slug: "business", name: "Business", description: "Markets, trade, energy and the economy.", color: "#b45309" },
  { slug: "sports", name: "Sports", description: "Cricket, hockey, football and every other game that matters.", color: "#15803d" },
  { slug: "technology", name: "Technology", description: "Startups, telecoms, science and the digital economy.", color: "#7c3aed" },
  { slug: "entertainment", name: "Entertainment", description: "Film, music, drama and culture.", color: "#be185d" },
  { slug: "health", name: "Health", description: "Public health, hospitals and medical research.", color: "#dc2626" },
  { slug: "opinion", name: "Opinion", description: "Columns and analysis from our writers and guests.", color: "#475569" },
  { slug: "education", name: "Education", description: "Schools, universities and the people who teach in them.", color: "#0e7490" },
] as const;

export type CategorySlug = (typeof CATEGORIES)[number]["slug"];

export const TOPICS: { slug: string; name: string; description: string }[] = [
  ["climate", "Climate", "Weather extremes, emissions and adaptation."],
  ["monsoon", "Monsoon", "Rainfall, floods and relief work during the wet season."],
  ["water", "Water", "Rivers, dams, irrigation and drinking water."],
  ["energy", "Energy", "Power generation, fuel prices and the grid."],
  ["inflation", "Inflation", "Prices, wages and the cost of living."],
  ["stock-market", "Stock Market", "Trading at the exchange and what moves it."],
  ["budget", "Budget", "Federal and provincial spending plans."],
  ["trade", "Trade", "Exports, imports and trade agreements."],
  ["agriculture", "Agriculture", "Crops, farmers and food security."],
  ["textiles", "Textiles", "The country's largest export industry."],
  ["cricket", "Cricket", "Tests, one-dayers and the domestic game."],
  ["hockey", "Hockey", "Field hockey at home and abroad."],
  ["football", "Football", "Leagues, clubs and the national team."],
  ["squash", "Squash", "Tournaments and rankings."],
  ["athletics", "Athletics", "Track, field and road running."],
  ["startups", "Startups", "New companies, funding rounds and founders."],
  ["telecom", "Telecom", "Mobile networks, spectrum and broadband."],
  ["artificial-intelligence", "Artificial Intelligence", "AI research, products and policy."],
  ["cybersecurity", "Cybersecurity", "Breaches, defences and digital safety."],
  ["space", "Space", "Satellites, launches and astronomy."],
  ["film", "Film", "Cinema releases, festivals and box office."],
  ["music", "Music", "Albums, concerts and artists."],
  ["television", "Television", "Drama serials and broadcasting."],
  ["books", "Books", "Authors, literature festivals and publishing."],
  ["heritage", "Heritage", "Monuments, museums and the past."],
  ["vaccination", "Vaccination", "Immunisation campaigns and coverage."],
  ["hospitals", "Hospitals", "Public and private health care."],
  ["nutrition", "Nutrition", "Diet, stunting and food quality."],
  ["mental-health", "Mental Health", "Care, awareness and services."],
  ["diplomacy", "Diplomacy", "Foreign policy, visits and summits."],
  ["united-nations", "United Nations", "The UN system and its agencies."],
  ["elections", "Elections", "Polls, campaigns and results."],
  ["parliament", "Parliament", "Debates and legislation in the assemblies."],
  ["courts", "Courts", "Judgments and hearings."],
  ["transport", "Transport", "Roads, railways, aviation and ports."],
  ["urban-development", "Urban Development", "Cities, housing and municipal services."],
  ["tourism", "Tourism", "Travel, hotels and destinations."],
  ["universities", "Universities", "Higher education and research."],
  ["schools", "Schools", "Primary and secondary education."],
  ["women", "Women", "Women's rights, work and leadership."],
  ["youth", "Youth", "Young people, jobs and skills."],
  ["environment", "Environment", "Air quality, forests and wildlife."],
  ["remittances", "Remittances", "Money sent home by workers abroad."],
  ["banking", "Banking", "Banks, interest rates and digital payments."],
].map(([slug, name, description]) => ({ slug, name, description }));

export const AUTHORS = [
  { slug: "ayesha-siddiqui", name: "Ayesha Siddiqui", xHandle: "ayesha_reports", beat: ["pakistan", "education"], bio: "Ayesha Siddiqui covers national politics and education from Islamabad. She has reported on four general elections and the assemblies that followed them." },
  { slug: "bilal-rana", name: "Bilal Rana", xHandle: "bilalrana_biz", beat: ["business"], bio: "Bilal Rana is the business editor. He writes about markets, banking and the energy sector, and before journalism worked as an auditor in Karachi." },
  { slug: "sara-qureshi", name: "Sara Qureshi", xHandle: "saraq_world", beat: ["world"], bio: "Sara Qureshi is the foreign desk editor. She has reported from Kabul, Tehran, Geneva and New York." },
  { slug: "hamza-malik", name: "Hamza Malik", xHandle: "hamzamalik_sport", beat: ["sports"], bio: "Hamza Malik has followed the national cricket team on tour for a decade and still plays club cricket on Sundays." },
  { slug: "nida-farooq", name: "Nida Farooq", xHandle: "nidafarooq_tech", beat: ["technology"], bio: "Nida Farooq writes about telecoms, startups and the people building the country's digital economy." },
  { slug: "omar-sheikh", name: "Omar Sheikh", xHandle: "omarsheikh_arts", beat: ["entertainment"], bio: "Omar Sheikh reviews films and television and interviews the artists behind them." },
  { slug: "fatima-zaidi", name: "Fatima Zaidi", xHandle: "drfatimazaidi", beat: ["health"], bio: "Fatima Zaidi trained as a doctor before turning to journalism. She covers public health and hospitals." },
  { slug: "imran-haider", name: "Imran Haider", xHandle: "imranhaider_op", beat: ["opinion"], bio: "Imran Haider is a columnist and former civil servant who writes on governance and public policy." },
  { slug: "zainab-akhtar", name: "Zainab Akhtar", xHandle: "zainab_akhtar", beat: ["pakistan", "world", "health"], bio: "Zainab Akhtar is a general news reporter on the night desk, covering whatever breaks after dark." },
  { slug: "danish-kazmi", name: "Danish Kazmi", xHandle: "danishkazmi", beat: ["business", "technology", "sports"], bio: "Danish Kazmi is a data reporter who turns spreadsheets into stories across the newsroom." },
] as const;

export const DEMO_PASSWORD = "meridian-demo";

export const DEMO_USERS = [
  { email: "admin@meridian.local", name: "Asad Karim", role: "admin", authorSlug: null },
  { email: "editor@meridian.local", name: "Sara Qureshi", role: "editor", authorSlug: "sara-qureshi" },
  { email: "author@meridian.local", name: "Bilal Rana", role: "author", authorSlug: "bilal-rana" },
  { email: "contributor@meridian.local", name: "Danish Kazmi", role: "contributor", authorSlug: "danish-kazmi" },
] as const;

export const AGENCIES = ["APP", "APP", "APP", "MNA", "Staff Report"];

// Places per section, for datelines.
export const PLACES: Record<CategorySlug, string[]> = {
  pakistan: ["Islamabad", "Lahore", "Karachi", "Peshawar", "Quetta", "Multan", "Faisalabad", "Gilgit", "Muzaffarabad", "Hyderabad"],
  world: ["Moscow", "Beijing", "Geneva", "New York", "Riyadh", "Tehran", "Kabul", "Ankara", "Brussels", "Jakarta", "Nairobi"],
  business: ["Karachi", "Islamabad", "Lahore", "Dubai", "Sialkot", "Faisalabad"],
  sports: ["Lahore", "Karachi", "Rawalpindi", "Melbourne", "Colombo", "Dhaka", "Multan", "Johannesburg"],
  technology: ["Islamabad", "Karachi", "Lahore", "Singapore", "Dubai"],
  entertainment: ["Karachi", "Lahore", "Cannes", "Busan", "Mumbai", "Islamabad"],
  health: ["Islamabad", "Karachi", "Lahore", "Peshawar", "Geneva", "Quetta"],
  opinion: ["Islamabad", "Lahore", "Karachi"],
  education: ["Islamabad", "Lahore", "Peshawar", "Quetta", "Karachi", "Abbottabad"],
};

export const PEOPLE = [
  ["Tariq Mehmood", "a senior official at the ministry"],
  ["Rukhsana Baig", "the provincial secretary"],
  ["Kamran Yousaf", "an economist at a Lahore university"],
  ["Mariam Aslam", "the project director"],
  ["Javed Iqbal Khattak", "a spokesman for the department"],
  ["Shazia Noor", "a researcher who has studied the issue for a decade"],
  ["Adeel Chaudhry", "the chief executive"],
  ["Hina Rasheed", "a local community organiser"],
  ["Farhan Ali", "the team's head coach"],
  ["Naveed Akram", "the chairman of the association"],
  ["Saima Baloch", "a district health officer"],
  ["Yasir Nawaz", "an analyst at a Karachi brokerage"],
];

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
