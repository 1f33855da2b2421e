// English: the most mail, so several jurisdictions (UK GDPR, GDPR in Ireland, CCPA/CPRA, US state laws, PIPEDA).
import { type Jurisdiction, type Pack } from '../types.js';

export const englishJurisdictions: readonly Jurisdiction[] = [
  {
    law: 'UK GDPR',
    authority: "Information Commissioner's Office",
    country: 'UK',
    articles: {
      access: 'Article 15 of the UK GDPR',
      rectification: 'Article 16 of the UK GDPR',
      erasure: 'Article 17 of the UK GDPR',
      restriction: 'Article 18 of the UK GDPR',
      objection: 'Article 21 of the UK GDPR',
      portability: 'Article 20 of the UK GDPR',
      withdraw_consent: 'Article 7(3) of the UK GDPR',
    },
  },
  {
    law: 'GDPR',
    authority: 'Data Protection Commission',
    country: 'Ireland',
    articles: {
      access: 'Art. 15 GDPR',
      rectification: 'Art. 16 GDPR',
      erasure: 'Art. 17 GDPR',
      restriction: 'Art. 18(1)(a) GDPR',
      objection: 'Art. 21(1) GDPR',
      portability: 'Art. 20 GDPR',
      withdraw_consent: 'Art. 7(3) GDPR',
    },
  },
  {
    law: 'CCPA',
    authority: 'California Privacy Protection Agency',
    country: 'California',
    articles: {
      access: 'Cal. Civ. Code sections 1798.100 and 1798.110',
      rectification: 'Cal. Civ. Code section 1798.106',
      erasure: 'Cal. Civ. Code section 1798.105',
      restriction: 'Cal. Civ. Code section 1798.121',
      opt_out_sale: 'Cal. Civ. Code sections 1798.120 and 1798.135',
    },
  },
  {
    law: 'Virginia Consumer Data Protection Act',
    authority: 'Virginia Attorney General',
    country: 'Virginia',
    articles: {
      access: 'Va. Code section 59.1-577(A)(1)',
      erasure: 'Va. Code section 59.1-577(A)(3)',
      portability: 'Va. Code section 59.1-577(A)(4)',
      opt_out_sale: 'Va. Code section 59.1-577(A)(5)',
    },
  },
  {
    law: 'Colorado Privacy Act',
    authority: 'Colorado Attorney General',
    country: 'Colorado',
    articles: {
      access: 'C.R.S. 6-1-1306(1)(b)',
      rectification: 'C.R.S. 6-1-1306(1)(c)',
      erasure: 'C.R.S. 6-1-1306(1)(d)',
      opt_out_sale: 'C.R.S. 6-1-1306(1)(a)',
    },
  },
  {
    law: 'PIPEDA',
    authority: 'Office of the Privacy Commissioner of Canada',
    country: 'Canada',
    articles: {
      access: 'Principle 4.9 of Schedule 1 to PIPEDA',
      rectification: 'Principle 4.9.5 of Schedule 1 to PIPEDA',
      withdraw_consent: 'Principle 4.3.8 of Schedule 1 to PIPEDA',
    },
  },
];

export const en: Pack = {
  id: 'en',
  language: 'en',
  locale: 'en-GB',
  country: 'UK',
  tz: '+0000',
  names: [
    'Rachel Simmons',
    'Daniel Okafor',
    'Priya Raman',
    'Tom Hargreaves',
    'Grace Liu',
    'Marcus Bell',
    'Hannah Walsh',
    'Jordan Price',
    'Aisha Karimi',
    'Ben Castillo',
    'Olivia Brennan',
    'Samuel Adeyemi',
  ],
  law: 'UK GDPR',
  authority: "Information Commissioner's Office",
  jurisdictions: englishJurisdictions,
  articles: {
    access: 'Article 15 of the UK GDPR',
    rectification: 'Article 16 of the UK GDPR',
    erasure: 'Article 17 of the UK GDPR',
    restriction: 'Article 18 of the UK GDPR',
    objection: 'Article 21 of the UK GDPR',
    portability: 'Article 20 of the UK GDPR',
    withdraw_consent: 'Article 7(3) of the UK GDPR',
    opt_out_sale: 'Cal. Civ. Code section 1798.120',
  },
  style: {
    hi: 'Hi there,',
    dear: 'Dear Sir or Madam,',
    thanks: 'Thanks,',
    regards: 'Yours faithfully,',
    mobile: 'Sent from my iPhone',
    context: 'I have had a {product} account since {year} and used it mostly for work.',
    angry:
      'This is the third time I am writing about this and nobody has bothered to answer. Frankly it is unacceptable.',
    complaint: 'If I do not hear back within a month I will take this to the {authority}.',
    agent:
      'I am writing as the authorised agent of my client, {client}, whose signed authorisation is attached. Please treat this as a request made by {client}.',
    parent:
      'I am writing on behalf of my son {child}, who is 14 and opened a {product} account with this email address.',
    formalIntro: 'I am making this request under the {law}.',
    deadline:
      'Please respond within the time limit the law allows and confirm in writing once you have acted.',
    group:
      'This letter uses the template published by the consumer group {group}; the details below are my own.',
    reply: 'Following up on my earlier message:',
    buriedBefore:
      'Quick one about my account. Since last week the dashboard keeps logging me out every few minutes, and the export button on the jobs page does nothing in Firefox. I have cleared the cache and tried another laptop.\n\nAlso, invoice {order} shows the wrong VAT amount, could someone from billing have a look?',
    buriedAfter:
      'Back to the logout problem: it started after the update on {date}, in case that helps your engineers.',
    withdrawAny: 'Insofar as any processing is based on my consent, I hereby withdraw that consent.',
    ack: 'We have received your privacy request and logged it under {ref}. We will reply within the legal time limit.',
    done: 'We have completed your request {ref}. Your account and the personal data linked to it have been deleted.',
    wrote: 'On {date}, {product} Privacy <{org}> wrote:',
  },
  subjects: {
    access: 'Subject access request',
    rectification: 'Please correct my details',
    erasure: 'Delete my account',
    restriction: 'Restriction of processing',
    objection: 'Marketing emails',
    portability: 'Data export',
    withdraw_consent: 'Withdrawal of consent',
    opt_out_sale: 'Do not sell or share my personal information',
    generic: ['My account', 'Question about my data', 'Re: your email', '{product} account'],
  },
  asks: {
    access: {
      a: 'Can you tell me what personal data you hold about me and send me a copy of it?',
      b: 'Under {art} I request confirmation of whether you process my personal data and, if so, a copy of it together with the purposes, the recipients, the retention period and the source of the data.',
      c: "I stopped using {product} a couple of years ago and I'm curious what you still have on file about me. Could you show me everything linked to {email}?",
      d: 'Please disclose the categories and specific pieces of personal information you have collected about me, the categories of sources, the business purpose for collecting it, and the categories of third parties to whom you disclosed it.',
    },
    rectification: {
      a: 'My surname is spelled "{wrong}" on my account and invoices. It should be "{last}". Please correct it.',
      b: 'Pursuant to {art} I ask you to rectify the inaccurate personal data you hold about me: my surname is recorded as "{wrong}" and my correct surname is "{last}".',
      c: 'I have moved and changed my email address. Please update my record so that everything goes to {newEmail} from now on.',
      d: 'The profile you keep on me is out of date and half empty: the billing address is one I left years ago and my full name is missing. Please bring it up to date with the details below.',
    },
    erasure: {
      a: 'Please delete my account and all the personal data you hold about me.',
      b: 'I request the erasure of all personal data concerning me under {art}, including my account, billing records you are not obliged to keep, and any backups.',
      c: "I'm done with {product}. Close my account and wipe everything you have on me, I won't be coming back.",
      d: "I'd rather you didn't keep anything about me at all. No account, no old transcripts, no logs with my name on them. Just make it all go away.",
    },
    restriction: {
      a: 'Please restrict the processing of my data while you look into the disputed charges on invoice {order}.',
      b: 'I request restriction of processing under {art}, because I contest the accuracy of the usage records attached to my account. Please only store the data until this is resolved.',
      c: "Don't delete anything, but please don't use my data for anything either until my complaint about invoice {order} is settled.",
      d: 'I am in a legal dispute with a former business partner about the account. Until it is decided, please keep my data exactly as it is: untouched, not used, not deleted.',
    },
    objection: {
      a: 'Please stop sending me marketing emails. I only want service messages.',
      b: 'I object under {art} to the processing of my personal data for analytics and profiling carried out on the basis of your legitimate interests.',
      c: "I don't want my usage data going into your product research or analytics. Please stop using it for that.",
      d: 'Do NOT close my account. I just want no more promotional emails or newsletters, and please tell me in advance if the objection would result in my account being deleted.',
    },
    portability: {
      a: 'Could you send me an export of my data in JSON or CSV?',
      b: 'Under {art} I ask for the personal data I provided to you in a structured, commonly used and machine-readable format.',
      c: "I'm moving to a different tool and need all my projects, job history and settings in a file I can import there. A zip of CSVs would be ideal.",
      d: 'Please transmit my account data directly to {provider}, who will be handling this work from next month. Their onboarding team expects a JSON file.',
    },
    withdraw_consent: {
      a: 'I withdraw my consent to receive your newsletter and to analytics cookies.',
      b: 'I hereby withdraw, with effect for the future, the consent I gave under {art} to the processing of my data for product analytics.',
      c: 'When I signed up I ticked the box allowing you to use my uploaded content to improve your models. I am revoking that opt-in.',
      d: 'You have my permission on file to use my name and photo in a customer story. I take that permission back; please take them down.',
    },
    opt_out_sale: {
      a: 'Do not sell or share my personal information.',
      b: 'Under {art} I direct you not to sell or share my personal information, including for cross-context behavioural advertising.',
      c: 'Please opt me out of targeted advertising and any profiling for ads.',
      d: 'Do you sell my data? If you do, stop. I do not want my details or browsing data passed to advertisers or data brokers.',
    },
  },
  multi: {
    copyThenDelete:
      'First please send me a copy of all the personal data you hold about me. Once I have it, delete my account and all my data.',
    accessObject:
      'I request access to my personal data, including the purposes of processing and the recipients. I also object to any processing of my data for direct marketing and profiling.',
    deleteObject:
      'Please erase my account and personal data. Until that is done, I object to the use of my data for marketing of any kind.',
  },
  negatives: {
    billing: {
      subject: 'Charged twice for {order}',
      body: 'Hello,\n\nI was charged twice for invoice {order} ({amount}). Could you refund the duplicate payment? The bank statement is attached.\n\nThanks,\n{name}',
    },
    bug: {
      subject: 'Export fails with error 500',
      body: 'Hi,\n\nSince this morning every export job fails with "500 Internal Server Error" after about 30 seconds. Job ID {order}. Is there an incident?\n\nRegards,\n{name}',
    },
    sales: {
      subject: 'Cut your DSAR handling time by 80%',
      body: 'Hi {product} team,\n\nOur platform automates data subject access requests, deletion requests and consent records end to end. Could I book 15 minutes next week to show you a demo?\n\nBest,\n{name}\nAccount Executive',
    },
    vendor: {
      subject: 'Security questionnaire for vendor onboarding',
      body: 'Dear {product} team,\n\nWe are onboarding you as a supplier. Please complete the attached security questionnaire (encryption at rest, access control, incident response, penetration testing) by the end of the month.\n\nKind regards,\n{name}\nVendor Risk Management',
    },
    dpa: {
      subject: 'DPA and sub-processor list',
      body: 'Hello,\n\nOur legal team needs your Data Processing Agreement and the current list of sub-processors, including where each one hosts data. Do you notify customers before adding a new sub-processor?\n\nThanks,\n{name}\nLegal Counsel',
    },
    phishing: {
      subject: 'Action required: confirm your consent settings',
      body: 'Dear user,\n\nDue to new privacy regulations your mailbox will be suspended unless you confirm your consent settings within 24 hours. To opt out of suspension, log in here: http://secure-verify.example.net/consent\n\nMail Security Team',
    },
    policy_question: {
      subject: 'How long do you keep logs?',
      body: 'Hi,\n\nQuick question before we roll {product} out to the team: how long do you keep request logs, and are IP addresses stored in them?\n\nThanks,\n{name}',
    },
    sale_question: {
      subject: 'Do you sell data?',
      body: 'Hello,\n\nI am comparing tools for a client. Does {product} sell or share customer data with advertisers? I could not find it in the privacy policy.\n\nCheers,\n{name}',
    },
    howto_delete_file: {
      subject: 'How do I remove an old job?',
      body: 'Hi,\n\nHow do I delete a single failed job from my job list? I want to keep my account, it just clutters the dashboard.\n\nThanks,\n{name}',
    },
    out_of_office: {
      subject: 'Automatic reply: {product}',
      body: 'Thank you for your email. I am out of the office until {date} with limited access to email. For urgent matters please contact office@example.com.\n\n{name}',
    },
    newsletter: {
      subject: 'This month at CloudNimbus: new regions and a price cut',
      body: 'CloudNimbus monthly digest\n\nTwo new storage regions are now available, and egress prices drop from next month.\n\nYou receive this email because this address is registered on a CloudNimbus account. Unsubscribe or manage your email preferences: https://news.example.com/u/{order}',
    },
    thanks: {
      subject: 'Re: [{ref}] Your request has been completed',
      body: 'Thanks for sorting this out so quickly. You can close the ticket.\n\n{first}',
    },
  },
  weight: 6,
};
