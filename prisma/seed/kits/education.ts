// Story kit for the demo section "education" (invented text; slots in kits/index.ts).
import type { Kit } from "./index";

export const education: Kit = {
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
};
