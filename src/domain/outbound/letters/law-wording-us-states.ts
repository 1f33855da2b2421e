/**
 * What the US state laws beside the CCPA make a letter say (Virginia, Colorado, Connecticut, Texas, Oregon,
 * Utah, Montana, Iowa, Delaware, Nebraska): each state's citations, rights, appeal and Attorney General, in
 * the shared shape of law-wording-us-state.ts. Each citation names the provision behind its sentence.
 */
import { usState } from './law-wording-us-state.js';

export const US_STATES = {
  // Va. Code §59.1-577(B)(1): 45 days, +45 once with notice and reason; (B)(2): a refusal gives the
  // justification and how to appeal; (C): the appeal is answered within 60 days, and a denied appeal
  // names how to contact the Attorney General. §59.1-582(A): the exemptions (legal duties, legal claims).
  'us-va': usState({
    timeLimit: 'Va. Code §59.1-577(B)(1)',
    access: 'Va. Code §59.1-577(A)(1)',
    exemptions: 'Va. Code §59.1-582(A)',
    exemptionsSection: 'Va. Code §59.1-582',
    refusal: 'Va. Code §59.1-577(B)(2), (C)',
    appeal: {
      instructionsCite: 'Va. Code §59.1-577(B)(2), (C)',
      decisionCite: 'Va. Code §59.1-577(C)',
      attorneyGeneralCite: 'Va. Code §59.1-577(C)',
      attorneyGeneralAfter: 'denial',
    },
    attorneyGeneral: {
      name: 'Office of the Attorney General of Virginia, Consumer Protection Section',
      url: 'https://www.oag.state.va.us/consumercomplaintform',
    },
  }),
  // C.R.S. §6-1-1306(2)(a): 45 days, +45 with notice and reasons; (2)(b): reasons and appeal instructions;
  // (3)(b): the appeal answered within 45 days, +60 with notice; (3)(c): the consumer is told they may
  // contact the Attorney General if they have concerns about the result, whatever it is.
  'us-co': usState({
    timeLimit: 'C.R.S. §6-1-1306(2)(a)',
    access: 'C.R.S. §6-1-1306(1)(b)',
    exemptions: 'C.R.S. §6-1-1304(3)',
    exemptionsSection: 'C.R.S. §6-1-1304',
    refusal: 'C.R.S. §6-1-1306(2)(b), (3)',
    appeal: {
      instructionsCite: 'C.R.S. §6-1-1306(2)(b), (3)',
      decisionCite: 'C.R.S. §6-1-1306(3)(b)',
      attorneyGeneralCite: 'C.R.S. §6-1-1306(3)(c)',
      attorneyGeneralAfter: 'any_decision',
    },
    attorneyGeneral: { name: 'Colorado Attorney General', url: 'https://coag.gov/file-complaint/' },
  }),
  // Conn. Gen. Stat. §42-518(c)(1): 45 days, +45 once with notice; (c)(2): justification and appeal
  // instructions; (d): the appeal answered within 60 days, a denial naming how to contact the Attorney
  // General. §42-524: the exemptions.
  'us-ct': usState({
    timeLimit: 'Conn. Gen. Stat. §42-518(c)(1)',
    access: 'Conn. Gen. Stat. §42-518(a)(1)',
    exemptions: 'Conn. Gen. Stat. §42-524(a)',
    exemptionsSection: 'Conn. Gen. Stat. §42-524',
    refusal: 'Conn. Gen. Stat. §42-518(c)(2), (d)',
    appeal: {
      instructionsCite: 'Conn. Gen. Stat. §42-518(c)(2), (d)',
      decisionCite: 'Conn. Gen. Stat. §42-518(d)',
      attorneyGeneralCite: 'Conn. Gen. Stat. §42-518(d)',
      attorneyGeneralAfter: 'denial',
    },
    attorneyGeneral: {
      name: 'Office of the Attorney General of Connecticut',
      url: 'https://portal.ct.gov/ag/consumer-issues/consumer-complaint',
    },
  }),
  // Tex. Bus. & Com. Code §541.052(b): 45 days, +45 once with notice and reason; §541.052(c): the
  // justification and how to appeal under §541.053; §541.053(b): the appeal answered within 60 days;
  // §541.053(c): a denied appeal names how to contact the Attorney General. §541.201: the exemptions.
  'us-tx': usState({
    timeLimit: 'Tex. Bus. & Com. Code §541.052(b)',
    access: 'Tex. Bus. & Com. Code §541.051(b)(1)',
    exemptions: 'Tex. Bus. & Com. Code §541.201(a)',
    exemptionsSection: 'Tex. Bus. & Com. Code §541.201',
    refusal: 'Tex. Bus. & Com. Code §541.052(c), §541.053',
    appeal: {
      instructionsCite: 'Tex. Bus. & Com. Code §541.052(c), §541.053',
      decisionCite: 'Tex. Bus. & Com. Code §541.053(b)',
      attorneyGeneralCite: 'Tex. Bus. & Com. Code §541.053(c)',
      attorneyGeneralAfter: 'denial',
    },
    attorneyGeneral: {
      name: 'Office of the Attorney General of Texas',
      url: 'https://www.texasattorneygeneral.gov/consumer-protection/file-consumer-complaint',
    },
  }),
  // ORS 646A.576(5)(a): 45 days, +45 once with notice and reason. ORS 646A.574(1)(a):
  // confirm, categories, the specific third parties, a copy. ORS 646A.576(6): a refusal may be appealed,
  // the appeal decided within 45 days, a denial naming how to complain to the Attorney General (6)(d).
  // ORS 646A.572(3): the exemptions (legal obligations, legal claims); (5): data processed under them
  // serves those purposes only.
  'us-or': usState({
    timeLimit: 'ORS 646A.576(5)(a)',
    access: 'ORS 646A.574(1)(a)',
    exemptions: 'ORS 646A.572(3)',
    exemptionsSection: 'ORS 646A.572(5)',
    refusal: 'ORS 646A.576(6)',
    appeal: {
      instructionsCite: 'ORS 646A.576(6)',
      decisionCite: 'ORS 646A.576(6)(d)',
      attorneyGeneralCite: 'ORS 646A.576(6)(d)',
      attorneyGeneralAfter: 'denial',
    },
    attorneyGeneral: {
      name: 'Oregon Department of Justice (Attorney General), Consumer Protection',
      url: 'https://www.doj.state.or.us/consumer-protection/',
    },
  }),
  // Utah Code §13-61-203(2): 45 days, +45 once with notice; (3): a refusal gives its reasons, and the
  // UCPA has no appeal. §13-61-201: confirm and access (1), delete (2) and a portable copy (3) of the data
  // the consumer provided, correct (4, in force 1 July 2026), opt out of targeted advertising and sale (5);
  // no opt-out of profiling. The exemptions are cited by the chapter until their subsection is checked.
  'us-ut': usState({
    timeLimit: 'Utah Code §13-61-203(2)',
    access: 'Utah Code §13-61-201(1)',
    exemptions: 'Utah Code Title 13, Ch. 61',
    exemptionsSection: 'Utah Code Title 13, Ch. 61',
    refusal: 'Utah Code §13-61-203(3)',
    appeal: null,
    attorneyGeneral: null,
  }),
  // Mont. Code Ann. §30-14-2808(4)(a): 45 days, +45 with notice and reason; (4)(b): a refusal gives the
  // justification and how to appeal; §30-14-2808 (appeals): the appeal answered within 60 days, a denial
  // naming an online mechanism, if available, or another way to complain to the Attorney General. The
  // exemptions (legal obligations, legal claims) are cited by the Part until their section is checked.
  'us-mt': usState({
    timeLimit: 'Mont. Code Ann. §30-14-2808(4)(a)',
    access: 'Mont. Code Ann. §30-14-2808(1)(a)',
    exemptions: 'Mont. Code Ann. Title 30, Ch. 14, Part 28',
    exemptionsSection: 'Mont. Code Ann. Title 30, Ch. 14, Part 28',
    refusal: 'Mont. Code Ann. §30-14-2808(4)(b)',
    appeal: {
      instructionsCite: 'Mont. Code Ann. §30-14-2808(4)(b)',
      decisionCite: 'Mont. Code Ann. §30-14-2808',
      attorneyGeneralCite: 'Mont. Code Ann. §30-14-2808',
      attorneyGeneralAfter: 'denial',
    },
    attorneyGeneral: {
      name: 'Montana Department of Justice (Attorney General), Office of Consumer Protection',
      url: 'https://dojmt.gov/consumer/',
    },
  }),
  // Iowa Code §715D.3(2)(a): 90 days, +45 once with notice and reason; (2)(b): a refusal gives the
  // justification and how to appeal; (3): the appeal answered within 60 days, a denial giving an online
  // mechanism to complain to the Attorney General. §715D.3(1)(a)-(d): confirm and access, delete and a
  // portable copy of the data the consumer provided, opt out of sale: no correction and no profiling
  // opt-out, so no letter offers them. The exemptions are cited by the chapter until their section is checked.
  'us-ia': usState({
    timeLimit: 'Iowa Code §715D.3(2)(a)',
    access: 'Iowa Code §715D.3(1)(a)',
    exemptions: 'Iowa Code ch. 715D',
    exemptionsSection: 'Iowa Code ch. 715D',
    refusal: 'Iowa Code §715D.3(2)(b), (3)',
    appeal: {
      instructionsCite: 'Iowa Code §715D.3(2)(b), (3)',
      decisionCite: 'Iowa Code §715D.3(3)',
      attorneyGeneralCite: 'Iowa Code §715D.3(3)',
      attorneyGeneralAfter: 'denial',
    },
    attorneyGeneral: {
      name: 'Iowa Attorney General, Consumer Protection Division',
      url: 'https://www.iowaattorneygeneral.gov/for-consumers/file-a-consumer-complaint',
    },
    rights: ['access', 'erasure', 'portability', 'opt_out_sale'],
  }),
  // Del. Code tit. 6, §12D-104(c)(1): 45 days, +45 with notice and reason; (c)(2): a refusal gives the
  // justification and how to appeal; (d): the appeal answered within 60 days, a denial giving an online
  // mechanism, if available, or another way to complain to the Department of Justice, which asks
  // consumers to write to privacy@delaware.gov. §12D-104(a) also gives the list of the categories of third
  // parties the data was disclosed to, answered with access. The exemptions are cited by the chapter until
  // their section is checked.
  'us-de': usState({
    timeLimit: 'Del. Code tit. 6, §12D-104(c)(1)',
    access: 'Del. Code tit. 6, §12D-104(a)(1)',
    exemptions: 'Del. Code tit. 6, ch. 12D',
    exemptionsSection: 'Del. Code tit. 6, ch. 12D',
    refusal: 'Del. Code tit. 6, §12D-104(c)(2), (d)',
    appeal: {
      instructionsCite: 'Del. Code tit. 6, §12D-104(c)(2), (d)',
      decisionCite: 'Del. Code tit. 6, §12D-104(d)',
      attorneyGeneralCite: 'Del. Code tit. 6, §12D-104(d)',
      attorneyGeneralAfter: 'denial',
    },
    attorneyGeneral: {
      name: 'Delaware Department of Justice (Attorney General), Fraud and Consumer Protection Division',
      url: 'privacy@delaware.gov',
    },
  }),
  // Neb. Rev. Stat. §87-1108(2): 45 days, +45 once with notice and reason; (3): a refusal gives the
  // justification and how to appeal; §87-1109(3): the appeal answered in writing within 60 days; (4): a
  // denial gives the consumer the online mechanism through which to contact the Attorney General to submit
  // a complaint. §87-1107(2)(a)-(e): the common five rights. The exemptions are cited by the Act
  // (§§87-1101 to 87-1130) until their section is checked.
  'us-ne': usState({
    timeLimit: 'Neb. Rev. Stat. §87-1108(2)',
    access: 'Neb. Rev. Stat. §87-1107(2)(a)',
    exemptions: 'Neb. Rev. Stat. §§87-1101 to 87-1130',
    exemptionsSection: 'Neb. Rev. Stat. §§87-1101 to 87-1130',
    refusal: 'Neb. Rev. Stat. §87-1108(3), §87-1109',
    appeal: {
      instructionsCite: 'Neb. Rev. Stat. §87-1108(3), §87-1109',
      decisionCite: 'Neb. Rev. Stat. §87-1109(3)',
      attorneyGeneralCite: 'Neb. Rev. Stat. §87-1109(4)',
      attorneyGeneralAfter: 'denial',
    },
    attorneyGeneral: {
      name: 'Nebraska Attorney General, Consumer Protection Division',
      url: 'https://protectthegoodlife.nebraska.gov/',
    },
  }),
} as const;
