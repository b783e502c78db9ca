// The demo newsroom: sections, topics, authors and the story kits the article
// generator draws from. All names and text are invented for this project.

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

type Kit = {
  titles: string[];
  standfirsts: string[];
  paragraphs: string[];
  quotes: string[];
  subheads: string[];
  topics: string[];
};

// Slots: {place} {person} {role} {n} {m} {pct} {month} {thing}; {n:MIN-MAX} is a
// number that must stay plausible (a temperature, a run margin), MIN to MAX.
export const KITS: Record<CategorySlug, Kit> = {
  pakistan: {
    titles: [
      "{place} district administration launches drive to clear encroachments from main markets",
      "Provincial cabinet approves {n} new schools for {place} division",
      "Flood protection embankments near {place} to be completed before monsoon, officials say",
      "Senate committee seeks report on delays in {place} water supply scheme",
      "Traffic plan announced for {place} as road widening work begins",
      "Relief goods dispatched to rain-hit villages around {place}",
      "{place} police set up {n} new facilitation centres for citizens",
      "Assembly passes bill on local government elections after lengthy debate",
    ],
    standfirsts: [
      "Officials say the work will be finished within {m} months, though residents remain sceptical about the timeline.",
      "The decision follows months of complaints from residents and traders about worsening conditions.",
      "The plan, costing an estimated Rs{n} million, is part of a wider programme announced last year.",
    ],
    paragraphs: [
      "The decision was taken at a meeting chaired by the commissioner, where officials from the relevant departments presented a progress report and were told to submit weekly updates.",
      "Residents of the area have long complained that promises made during previous campaigns were never fulfilled, and several of them gathered outside the office to watch the proceedings.",
      "According to official figures, about {n} families in the surrounding union councils are expected to benefit directly once the scheme is fully operational.",
      "The opposition questioned the timing of the announcement, saying the government had ignored the issue for more than a year and was now acting under public pressure.",
      "Officials said funds had already been released for the first phase and that contractors had been told that delays would lead to penalties under the terms of their agreements.",
      "A separate committee has been formed to monitor the work, and its members will visit the sites every fortnight, a notification issued on Monday said.",
      "Civil society groups welcomed the move but urged the authorities to publish the full list of projects and their costs so that citizens could follow the spending.",
    ],
    quotes: [
      "We will not allow any further delay. The people of this district have waited long enough.",
      "Every rupee will be accounted for, and the records will be open to anyone who asks.",
      "This is a beginning, not the end. We need the same energy in every other district.",
    ],
    subheads: ["What happens next", "Residents wait and watch", "A long-standing demand"],
    topics: ["parliament", "elections", "courts", "water", "monsoon", "transport", "urban-development", "women", "youth", "climate"],
  },
  world: {
    titles: [
      "Talks in {place} end with pledge to meet again within {m} weeks",
      "Foreign ministers gather in {place} as regional tensions ease",
      "{place} announces new visa rules for skilled workers",
      "Heatwave grips {place} as temperatures climb past {n:44-51} degrees",
      "UN agency appeals for funds as crisis deepens near {place}",
      "Leaders meeting in {place} agree on framework for trade corridor",
      "Election officials in {place} begin counting after record turnout",
    ],
    standfirsts: [
      "Diplomats described the atmosphere as constructive, but said major differences remained on several points.",
      "The announcement is expected to affect thousands of people, including many from South Asia.",
      "Aid groups warn that the situation could worsen sharply without fresh funding in the coming weeks.",
    ],
    paragraphs: [
      "Delegations from {n:8-60} countries attended the meeting, which was held behind closed doors at a government guest house on the edge of the city.",
      "A joint statement issued after the session said the parties had agreed to set up working groups on security, trade and the return of displaced people.",
      "Analysts cautioned that similar pledges had been made before and that implementation had often stalled once the cameras left.",
      "The foreign office in Islamabad said it was following developments closely and that the embassy had been instructed to assist Pakistani nationals in the area.",
      "Local media reported long queues at polling stations and at fuel pumps, while public transport ran on a reduced schedule for most of the day.",
      "Officials said the measures would be reviewed after {m} months, depending on how conditions on the ground develop.",
      "The secretary-general's spokesperson told reporters that the organisation stood ready to support any process agreed by the parties themselves.",
    ],
    quotes: [
      "Dialogue is the only road that leads anywhere. Everything else is a detour.",
      "We have taken a step, a modest one, but a step in the right direction.",
      "The numbers are stark, and behind every number is a family.",
    ],
    subheads: ["Regional reaction", "Pakistan's position", "A fragile calm"],
    topics: ["diplomacy", "united-nations", "elections", "climate", "trade", "energy", "tourism", "remittances"],
  },
  business: {
    titles: [
      "Stocks close {pct} percent higher as investors bet on rate cut",
      "Textile exports rise to ${n:1400-1800} million in {month}, trade data shows",
      "Remittances from workers abroad cross ${n:2600-3400} million mark",
      "Central bank keeps policy rate unchanged, cites easing inflation",
      "Fuel prices cut by Rs{m} per litre for the next fortnight",
      "Sialkot exporters seek relief on energy tariffs",
      "Banks report surge in digital payments during {month}",
      "Government signs agreement to expand solar generation by {n} megawatts",
    ],
    standfirsts: [
      "Traders attributed the move to stronger than expected economic data and renewed foreign interest.",
      "Industry groups say the figures show resilience but warn that energy costs still threaten competitiveness.",
      "The decision was widely expected by analysts surveyed ahead of the announcement.",
    ],
    paragraphs: [
      "The benchmark index gained {n} points during the session, with banking, cement and fertiliser shares leading the rally on heavy volumes.",
      "Figures released by the statistics bureau showed that the trade deficit narrowed for the {m}th consecutive month, helped by lower import bills for petroleum products.",
      "Exporters said orders from Europe had picked up, but warned that electricity and gas prices remained among the highest in the region.",
      "The finance ministry said the government remained committed to the targets agreed with international lenders and would not announce new subsidies.",
      "Economists said the data was encouraging but that the recovery would remain fragile until investment picked up and the tax base was widened.",
      "Market participants will now watch the next inflation reading, due in {m} weeks, for clues about the path of interest rates.",
      "Small businesses, however, say access to credit remains difficult, with banks preferring to lend to the government and large corporations.",
    ],
    quotes: [
      "Confidence is returning, slowly, and the market is pricing in better days ahead.",
      "Our members can compete with anyone in the world if energy is priced fairly.",
      "The direction is right. The question is whether the pace can be sustained.",
    ],
    subheads: ["What the market is watching", "Exporters' concerns", "The policy outlook"],
    topics: ["stock-market", "inflation", "budget", "trade", "textiles", "remittances", "banking", "energy", "agriculture"],
  },
  sports: {
    titles: [
      "Pakistan beat visitors by {n:12-180} runs to level the series in {place}",
      "Hockey team names {m} uncapped players for Asia Cup camp",
      "Young opener hits maiden century as hosts take control in {place}",
      "National football side prepares for qualifier with training camp in {place}",
      "Squash star reaches final of {place} Open without dropping a game",
      "Domestic season schedule announced with {n:40-120} first-class matches",
      "Sprinter sets new national record at meet in {place}",
    ],
    standfirsts: [
      "A disciplined bowling performance in the final session sealed the result in front of a packed crowd.",
      "Selectors said the squad balanced experience with youth ahead of a busy international calendar.",
      "The performance has raised hopes of a medal at next year's championships.",
    ],
    paragraphs: [
      "Batting first, the home side recovered from a shaky start to post {n:160-340}, thanks largely to a patient stand of {n:60-140} for the fifth wicket.",
      "The visitors were well placed at one stage, but lost their last six wickets for just {m} runs as the pitch began to offer turn.",
      "The captain praised the fielding, singling out two catches in the deep that he said had changed the momentum of the match.",
      "The board confirmed that the next match would go ahead as planned despite a forecast of rain over the weekend.",
      "Coaches said the camp would focus on fitness and set pieces, areas where the team had struggled in recent tournaments.",
      "Fans who travelled from across the province to watch said the atmosphere reminded them of the big days of the past.",
      "The federation said it was in talks with sponsors to fund a longer training stint abroad before the championship.",
    ],
    quotes: [
      "The boys showed character today. We were under pressure and nobody panicked.",
      "Records are nice, but what I want is a medal for my country.",
      "We have talent in every corner of this country. Our job is to find it and give it a chance.",
    ],
    subheads: ["Turning point", "Selection debate", "Looking ahead"],
    topics: ["cricket", "hockey", "football", "squash", "athletics", "youth"],
  },
  technology: {
    titles: [
      "Islamabad startup raises ${n:2-45} million to expand digital lending app",
      "Telecom regulator sets date for next-generation spectrum auction",
      "Universities to offer {n} new places in artificial intelligence programmes",
      "Cybersecurity agency warns of phishing campaign targeting bank customers",
      "Mobile broadband users cross {n:90-140} million, regulator says",
      "Satellite built by local engineers completes {m} months in orbit",
      "Freelancers earn record amount as IT exports climb in {month}",
    ],
    standfirsts: [
      "The round was led by regional investors and will fund hiring and expansion to new cities.",
      "Operators have long pressed for more spectrum, saying networks are struggling to keep up with demand.",
      "Officials urged citizens not to share one-time passwords with anyone, whatever the caller claims.",
    ],
    paragraphs: [
      "The company, founded {m} years ago by two engineers, says it now serves more than {n} thousand customers in small towns where banks have few branches.",
      "The regulator said the auction would follow a public consultation and that the reserve price would be announced at least {m} weeks in advance.",
      "Industry figures show that data use has more than doubled over the past two years as cheaper smartphones reach rural areas.",
      "Security researchers said the messages were carefully crafted to look like official notices and linked to pages that copied bank websites.",
      "The ministry of information technology said it was working on a policy to give startups easier access to foreign payment gateways.",
      "Engineers involved in the project said the experience had built skills that would be used in the next generation of satellites.",
      "Critics argued that poor connectivity and frequent power cuts remain the biggest obstacles to growth in the sector.",
    ],
    quotes: [
      "We built this for people the banks forgot. That is our whole business.",
      "Spectrum is the oxygen of the digital economy, and we are running short of breath.",
      "If someone asks for your code, hang up. No bank will ever ask for it.",
    ],
    subheads: ["Funding and growth", "What users should know", "The policy gap"],
    topics: ["startups", "telecom", "artificial-intelligence", "cybersecurity", "space", "youth", "universities", "banking"],
  },
  entertainment: {
    titles: [
      "Drama serial set in old {place} tops ratings for {m} straight weeks",
      "Local film selected for screening at festival in {place}",
      "Veteran singer announces farewell concert tour across {n:6-40} cities",
      "Literature festival in {place} draws record crowds",
      "Restored classic film returns to cinemas after {n:25-70} years",
      "Young director's debut feature wins audience award in {place}",
    ],
    standfirsts: [
      "Critics have praised the writing and performances, and viewers have filled social media with discussion of each episode.",
      "The selection marks a milestone for an industry that has been rebuilding after years of decline.",
      "Organisers said tickets for the opening night sold out within hours.",
    ],
    paragraphs: [
      "The story follows three generations of a family living in the walled city, and has been praised for its attention to language and detail.",
      "Producers said the project had taken {m} years to complete, with much of the filming done on location in narrow lanes where equipment had to be carried by hand.",
      "Sessions at the festival covered poetry, history and translation, with several discussions held in regional languages for the first time.",
      "The restoration was carried out from the original negatives, which had been stored for decades in poor conditions.",
      "Cinema owners said they hoped the film would bring families back to theatres, where attendance has yet to recover fully.",
      "The singer, whose career spans more than four decades, said the tour would include songs he has not performed live in years.",
    ],
    quotes: [
      "Our stories are rich enough for the whole world. We only need the confidence to tell them.",
      "Music has given me everything. This tour is my way of saying thank you.",
      "When the audience laughed and cried in the same places we did, I knew the film worked.",
    ],
    subheads: ["Behind the scenes", "Audience response", "A revival"],
    topics: ["film", "music", "television", "books", "heritage", "tourism"],
  },
  health: {
    titles: [
      "Polio vaccination drive to reach {n:10-45} million children this week",
      "{place} hospital opens new cardiac unit with {m} beds",
      "Dengue cases rise in {place} as health department steps up spraying",
      "Study finds one in {m} children in surveyed districts is stunted",
      "Government expands free treatment scheme to {n:4-30} more districts",
      "Doctors warn of heat-related illness as temperatures soar in {place}",
    ],
    standfirsts: [
      "Health workers will go door to door, and parents have been urged to cooperate with the teams.",
      "The unit is expected to cut waiting times for patients who previously travelled to other cities for treatment.",
      "Experts say better nutrition in the first thousand days of life is the key to reversing the trend.",
    ],
    paragraphs: [
      "More than {n} thousand health workers have been trained for the campaign, which will run for {m} days in the targeted union councils.",
      "Hospital administrators said the new equipment had been purchased through a grant and that specialist staff had been recruited from across the country.",
      "Officials said most cases had been reported from densely populated neighbourhoods where standing water collects after rain.",
      "The study, conducted by researchers from two universities, surveyed households in rural and urban areas over a period of {m} months.",
      "Doctors advised people to drink plenty of water, avoid direct sun in the afternoon and watch for signs of heatstroke in children and the elderly.",
      "The health department said free testing and treatment were available at all district headquarters hospitals.",
    ],
    quotes: [
      "Every child missed is a door left open for the virus.",
      "Patients no longer need to travel for hours for treatment they can now get here.",
      "The first thousand days decide so much of a child's future. We cannot afford to miss them.",
    ],
    subheads: ["On the ground", "Advice for families", "What the data shows"],
    topics: ["vaccination", "hospitals", "nutrition", "mental-health", "climate", "women"],
  },
  opinion: {
    titles: [
      "The case for giving cities their own budgets",
      "Why the water debate needs numbers, not slogans",
      "What the exports figures do not tell us",
      "Our schools need teachers more than buildings",
      "The quiet crisis of mental health on campus",
      "Climate adaptation cannot wait for the next flood",
      "Small farmers deserve a seat at the policy table",
      "Our cities are growing faster than their plans",
      "The hidden cost of load-shedding",
      "Tax reform must start with fairness",
      "A health system that waits for emergencies will always be late",
      "Public transport is a women's rights issue",
      "What a good local government looks like",
      "Exams should test understanding, not memory",
      "The river is not a drain",
      "Why young graduates are leaving, and how to keep them",
      "Trade deals should be debated in public",
      "Data is a public good; let us treat it like one",
      "Heatwaves are the new normal, and our buildings are not ready",
      "Debt relief is not a development plan",
      "Libraries still matter in a digital age",
      "Water for farms is too cheap to save",
      "The informal economy deserves better than neglect",
      "A budget is a statement of values",
    ],
    standfirsts: [
      "Decisions made far from the people they affect rarely work as intended.",
      "The headline numbers look good, but the story underneath is more complicated.",
      "We keep repeating the same mistakes and expecting a different result.",
    ],
    paragraphs: [
      "It has become fashionable to blame everything on a lack of resources, but the real problem is often how existing resources are spent.",
      "Consider the experience of the last decade: project after project announced with fanfare, and quietly abandoned when the money ran out.",
      "There is no shortage of reports on the subject. What is missing is the political will to act on their recommendations.",
      "Other countries in the region faced similar challenges and found ways forward, often by giving local institutions real authority and holding them accountable.",
      "None of this requires new laws. It requires enforcing the ones we have and publishing the data so that citizens can judge for themselves.",
      "The next budget offers an opportunity to change course. Whether it is taken will tell us a great deal about our priorities.",
    ],
    quotes: [
      "A policy that cannot be measured cannot be improved.",
      "We plan for the photo opportunity, not for the maintenance.",
      "Trust is built in small, visible steps, and lost in a single broken promise.",
    ],
    subheads: ["The real problem", "Lessons from elsewhere", "A way forward"],
    topics: ["budget", "water", "climate", "schools", "agriculture", "urban-development", "mental-health", "trade"],
  },
  education: {
    titles: [
      "Board announces matriculation results with {n:48-86} percent pass rate",
      "{n:2-40},000 out-of-school children enrolled in {place} campaign",
      "University in {place} launches scholarship scheme for {n} students",
      "Teachers in {place} protest delay in salaries",
      "New curriculum for science subjects to be introduced next year",
    ],
    standfirsts: [
      "Girls outperformed boys in most subjects, continuing a trend seen over several years.",
      "Officials say the drive will continue until every child in the district is in a classroom.",
      "The scheme will cover tuition and hostel costs for students from low-income families.",
    ],
    paragraphs: [
      "The results were announced at a ceremony where the top position holders were awarded certificates and cash prizes.",
      "Enrolment teams went from house to house in the district's poorest neighbourhoods, registering children and arranging uniforms and books.",
      "The vice-chancellor said the university had raised funds from alumni and private donors, and planned to double the scheme within {m} years.",
      "The teachers said they had not been paid for {m} months and that many of them had been forced to borrow to meet household expenses.",
      "Education experts welcomed the curriculum changes but said teacher training would decide whether they made any difference in classrooms.",
      "According to official estimates, millions of children of school-going age remain out of school across the country.",
    ],
    quotes: [
      "Education is the one investment that never loses its value.",
      "A child in school today is a problem solved twenty years from now.",
      "We teach with dedication, but dedication does not pay the rent.",
    ],
    subheads: ["Results at a glance", "The challenge ahead", "Voices from the classroom"],
    topics: ["schools", "universities", "youth", "women", "budget"],
  },
};

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
