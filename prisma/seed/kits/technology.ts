// Story kit for the demo section "technology" (invented text; slots in kits/index.ts).
import type { Kit } from "./index";

export const technology: Kit = {
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
  topics: [
    "startups",
    "telecom",
    "artificial-intelligence",
    "cybersecurity",
    "space",
    "youth",
    "universities",
    "banking",
  ],
};
