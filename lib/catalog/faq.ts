// The questions learners ask before they pay, answered once for the FAQ page and the course pages.
import { REFUND_POLICY_TEXT } from "./refund-policy";

export type FaqEntry = { question: string; answer: string };

/** Stated once, with the rule the refund form applies, in lib/payments/refund-policy.ts. */
export const REFUND_POLICY: FaqEntry = {
  question: REFUND_POLICY_TEXT.question,
  answer: REFUND_POLICY_TEXT.summary,
};

export const FAQ: FaqEntry[] = [
  {
    question: "Do I need to install anything?",
    answer:
      "No. Lessons, quizzes and exercises run in your browser; SQL exercises run a real PostgreSQL engine inside the page.",
  },
  {
    question: "How long do I keep access to a course?",
    answer:
      "For as long as the course is published. Self-paced courses have no deadline; cohorts follow their dates, and their recordings stay available afterwards.",
  },
  {
    question: "What is a free preview?",
    answer:
      "The first lessons of every course are open to everyone, without an account, so you can judge the teaching before you enrol.",
  },
  REFUND_POLICY,
  {
    question: "What does the certificate prove?",
    answer:
      "That you completed every lesson, quiz and exercise of the course. Each certificate has a public page you can link from a CV; it states the course, the instructor and the date.",
  },
  {
    question: "Who writes the courses?",
    answer: "Working backend engineers. Each course page says who teaches it and links to their profile.",
  },
  {
    question: "How do I get help choosing?",
    answer: "Book a free career consultation with an advisor, or write to us from the contact page.",
  },
];
