// Sentences written for this test, not taken from any set.
import { describeImplicitAsks } from './implicit-asks.test-support.js';

describeImplicitAsks(
  'en',
  {
    withdraw_consent: [
      'I take back the yes I gave you for the emails and the tracking.',
      'I no longer agree to you using my data for marketing.',
      'Please untick whatever boxes I ticked when I signed up.',
      'I said yes to the analytics cookies by mistake, please cancel that.',
      'Consider the permission I gave for the newsletter cancelled.',
      "I'm revoking everything I accepted at sign-up.",
      'I changed my mind about the data sharing I agreed to.',
      'My agreement to the marketing terms no longer stands.',
    ],
    restriction: [
      'Please freeze my data until you have sorted out my complaint.',
      'Put my account data on hold while you check this.',
      "Keep my records but don't use them for now.",
      "Don't delete anything yet, but stop using my details until this is resolved.",
      'Lock my data until you have verified the address mix-up.',
      "Until you've checked my complaint, don't do anything with my records.",
      'Hang on to my information but leave it untouched while we sort this out.',
    ],
    objection: [
      "I don't want you to analyse my habits.",
      'Stop using my data for research.',
      "I don't want to be profiled.",
      'Stop analysing my activity in the app.',
      "Please don't use my purchase history to build a profile of me.",
      "I'd rather my usage data wasn't used to train your AI.",
      'No profiling of me, please.',
      'My data must not be used for your research projects.',
    ],
    rectification: [
      "You've got my birthday wrong, it's 3 March 1985.",
      'My name is spelt Katherine, not Catherine.',
      'My address is out of date, I moved to 5 Elm Street.',
      'The email on my account is an old one, please use this one instead.',
      "My surname changed when I married; it's Patel now.",
      'My phone number ends in 22, not 33.',
      'You have my date of birth as 1958, it should be 1985.',
    ],
    portability: [
      'Send me my data so I can move to another provider.',
      'I need my history in a file my new provider can read.',
      'Please transfer my records directly to my new bank.',
    ],
    access: [
      'What do you know about me?',
      'Where did you get my address from?',
      'I want to see everything you keep on me.',
    ],
    erasure: ['Please forget me.', 'Make all my data go away.', 'Wipe everything you have on me.'],
    opt_out_sale: [
      "Don't sell my info.",
      'Stop sharing my details with advertisers.',
      'No passing my data on to your partners, please.',
    ],
  },
  [
    'Can I withdraw my consent later if I change my mind?',
    "I don't want to take back my yes, just asking how it works.",
    'If my address is ever wrong, how would I fix it?',
    'Please freeze the project until the client signs off.',
    'The total on the last invoice is wrong.',
    'Do you analyse your users’ habits?',
    'Could you put the release on hold until Friday?',
    'Does my colleague need to untick anything to stop the reports?',
  ],
);
