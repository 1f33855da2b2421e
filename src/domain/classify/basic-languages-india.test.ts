import { describe, expect, it } from 'vitest';
import { classifyEmail, createClassifier } from './classify-email.js';
import { createLanguageDetector } from './language.js';
import { textEmail } from './text-email.test-support.js';

// The lexicon alone (no model): sentences of our own in the Indian languages given a basic lexicon in the
// eighth round (Telugu, Kannada, Malayalam, Gujarati, Punjabi, Odia), everyday and formal, with the English
// loan words people type, and near misses: a question about practice, "don't delete my account", a bill.
const classifier = createClassifier(createLanguageDetector());
const classify = (body: string) => classifyEmail(classifier, textEmail(body));

function expectFound(right: string, body: string): void {
  expect(classify(body).types).toContain(right);
}

function expectNoErasure(body: string): void {
  expect(classify(body).types).not.toContain('erasure');
}

describe('Telugu requests', () => {
  it.each([
    ['access', 'దయచేసి మీ వద్ద ఉన్న నా వ్యక్తిగత డేటా యొక్క కాపీని నాకు పంపండి.'],
    ['access', 'నా గురించి మీరు ఏ సమాచారం నిల్వ చేశారో తెలియజేయండి.'],
    ['access', 'DPDP చట్టం, 2023 లోని సెక్షన్ 11 ప్రకారం నా డేటా వివరాలు కావాలి.'],
    ['rectification', 'నా ఖాతాలో నా చిరునామా తప్పుగా ఉంది, దయచేసి సరిదిద్దండి.'],
    ['erasure', 'దయచేసి నా ఖాతాను శాశ్వతంగా తొలగించండి మరియు నా డేటా మొత్తం చెరిపివేయండి.'],
    ['erasure', 'నా account delete చేయండి, ఇక ఈ యాప్ వాడను.'],
    ['erasure', 'నా payment వివరాలు అన్నీ నా ప్రొఫైల్ నుండి తీసేయండి.'],
    ['restriction', 'నా ఫిర్యాదు పరిష్కారమయ్యే వరకు నా డేటా ప్రాసెసింగ్‌ను పరిమితం చేయండి.'],
    ['objection', 'మార్కెటింగ్ కోసం నా డేటాను ఉపయోగించడంపై నేను అభ్యంతరం తెలియజేస్తున్నాను.'],
    ['objection', 'దయచేసి నాకు ప్రకటనలు పంపవద్దు.'],
    [
      'erasure',
      'గౌరవనీయులైన డేటా రక్షణ అధికారి గారికి, డిజిటల్ వ్యక్తిగత డేటా రక్షణ చట్టం 2023 సెక్షన్ 12 ప్రకారం మీ వద్ద ఉన్న నా వ్యక్తిగత డేటాను తొలగించాలని కోరుతున్నాను.',
    ],
    ['rectification', 'నా ఫోన్ నంబర్ మారింది, దయచేసి మీ రికార్డుల్లో అప్‌డేట్ చేయండి.'],
    ['portability', 'నా డేటాను CSV ఫార్మాట్‌లో ఎక్స్‌పోర్ట్ చేసి ఇవ్వండి.'],
    ['restriction', 'నా డేటాను తొలగించవద్దు కానీ ఫిర్యాదు తేలే వరకు ఉపయోగించవద్దు.'],
    ['objection', 'నా డేటాను మార్కెటింగ్ కోసం ఉపయోగించవద్దు.'],
    ['objection', 'నా డేటాను AI శిక్షణ కోసం ఉపయోగించవద్దు.'],
    ['access', 'నా ఖాతాకు సంబంధించిన అన్ని వివరాలు నాకు పంపండి.'],
    ['portability', 'నా డేటాను మరో సేవకు బదిలీ చేయడానికి ఒక ఫైల్‌లో ఇవ్వండి.'],
    ['withdraw_consent', 'మార్కెటింగ్ ఈమెయిల్స్ కోసం ఇచ్చిన నా సమ్మతిని ఉపసంహరించుకుంటున్నాను.'],
    ['opt_out_sale', 'నా వ్యక్తిగత సమాచారాన్ని ఎవరికీ అమ్మవద్దు.'],
  ])('finds %s in "%s"', expectFound);

  it.each(['మీరు కస్టమర్ల డేటాను అమ్ముతారా?', 'నా ఇన్వాయిస్‌లో మొత్తం తప్పుగా ఉంది.', 'AI ట్రైనింగ్ కోర్సు ఫీజు ఎంత?'])(
    'states no request in "%s"',
    (body) => expect(classify(body).types).toEqual(['not_a_request']),
  );
  it('does not read "don\'t delete my account" as erasure', () =>
    expectNoErasure('దయచేసి నా ఖాతాను తొలగించవద్దు, లాగిన్ సమస్య మాత్రమే పరిష్కరించండి.'));
});

describe('Kannada requests', () => {
  it.each([
    ['access', 'ನಿಮ್ಮ ಬಳಿ ಇರುವ ನನ್ನ ವೈಯಕ್ತಿಕ ಮಾಹಿತಿಯ ಪ್ರತಿಯನ್ನು ನನಗೆ ಕಳುಹಿಸಿ.'],
    ['access', 'ನನ್ನ ಬಗ್ಗೆ ನೀವು ಯಾವ ಮಾಹಿತಿ ಇಟ್ಟುಕೊಂಡಿದ್ದೀರಿ ಎಂದು ತಿಳಿಸಿ.'],
    ['rectification', 'ನನ್ನ ಖಾತೆಯಲ್ಲಿ ವಿಳಾಸ ತಪ್ಪಾಗಿದೆ, ದಯವಿಟ್ಟು ಸರಿಪಡಿಸಿ.'],
    ['erasure', 'ದಯವಿಟ್ಟು ನನ್ನ ಖಾತೆಯನ್ನು ಶಾಶ್ವತವಾಗಿ ಅಳಿಸಿ ಮತ್ತು ನನ್ನ ಎಲ್ಲಾ ಡೇಟಾವನ್ನು ತೆಗೆದುಹಾಕಿ.'],
    ['erasure', 'ನನ್ನ account ಡಿಲೀಟ್ ಮಾಡಿ, ಇನ್ನು ಈ ಆಪ್ ಬಳಸುವುದಿಲ್ಲ.'],
    ['restriction', 'ದೂರು ಬಗೆಹರಿಯುವವರೆಗೆ ನನ್ನ ಡೇಟಾದ ಸಂಸ್ಕರಣೆಯನ್ನು ಮಿತಿಗೊಳಿಸಿ.'],
    ['objection', 'ಮಾರ್ಕೆಟಿಂಗ್‌ಗಾಗಿ ನನ್ನ ಮಾಹಿತಿಯನ್ನು ಬಳಸುವುದಕ್ಕೆ ನಾನು ಆಕ್ಷೇಪಿಸುತ್ತೇನೆ.'],
    ['objection', 'ದಯವಿಟ್ಟು ನನಗೆ ಜಾಹೀರಾತು ಸಂದೇಶಗಳನ್ನು ಕಳುಹಿಸಬೇಡಿ.'],
    ['erasure', 'ನಾನು ನಿಮ್ಮ ಸೇವೆಯನ್ನು ಬಿಡುತ್ತಿದ್ದೇನೆ, ನನ್ನ ಎಲ್ಲಾ ಡೇಟಾವನ್ನು ನಿಮ್ಮ ಸಿಸ್ಟಮ್‌ನಿಂದ ತೆಗೆದುಹಾಕಿ.'],
    ['rectification', 'ನನ್ನ ಫೋನ್ ಸಂಖ್ಯೆ ಬದಲಾಗಿದೆ, ದಯವಿಟ್ಟು ನಿಮ್ಮ ದಾಖಲೆಗಳಲ್ಲಿ ಅಪ್‌ಡೇಟ್ ಮಾಡಿ.'],
    ['portability', 'ನನ್ನ ಡೇಟಾವನ್ನು CSV ರೂಪದಲ್ಲಿ ಎಕ್ಸ್‌ಪೋರ್ಟ್ ಮಾಡಿ ಕೊಡಿ.'],
    ['objection', 'ನನ್ನ ಮಾಹಿತಿಯನ್ನು ಜಾಹೀರಾತಿಗಾಗಿ ಬಳಸಬೇಡಿ.'],
    ['objection', 'ನನ್ನ ಡೇಟಾವನ್ನು AI ತರಬೇತಿಗಾಗಿ ಬಳಸಬೇಡಿ.'],
    ['access', 'ನನ್ನ ಬಗ್ಗೆ ನಿಮ್ಮ ಬಳಿ ಇರುವ ಎಲ್ಲಾ ಮಾಹಿತಿಯನ್ನು ನನಗೆ ಕಳುಹಿಸಿ.'],
    ['objection', 'ದಯವಿಟ್ಟು ಪ್ರಮೋಷನ್ ಇಮೇಲ್‌ಗಳನ್ನು ಕಳುಹಿಸುವುದನ್ನು ನಿಲ್ಲಿಸಿ.'],
    ['portability', 'ನನ್ನ ಡೇಟಾವನ್ನು ಇನ್ನೊಂದು ಸೇವೆಗೆ ವರ್ಗಾಯಿಸಲು ಫೈಲ್ ರೂಪದಲ್ಲಿ ನೀಡಿ.'],
    ['withdraw_consent', 'ನನ್ನ ಫೋಟೋ ಬಳಸಲು ನೀಡಿದ ಒಪ್ಪಿಗೆಯನ್ನು ಹಿಂಪಡೆಯುತ್ತೇನೆ.'],
    ['opt_out_sale', 'ನನ್ನ ವೈಯಕ್ತಿಕ ಮಾಹಿತಿಯನ್ನು ಯಾರಿಗೂ ಮಾರಾಟ ಮಾಡಬೇಡಿ.'],
  ])('finds %s in "%s"', expectFound);

  it.each(['ನೀವು ಗ್ರಾಹಕರ ಡೇಟಾವನ್ನು ಮಾರಾಟ ಮಾಡುತ್ತೀರಾ?', 'ಖಾತೆ ಅಳಿಸಿದರೆ ಏನಾಗುತ್ತದೆ?'])(
    'states no request in "%s"',
    (body) => expect(classify(body).types).toEqual(['not_a_request']),
  );
  it('does not read "don\'t delete my account" as erasure', () =>
    expectNoErasure('ದಯವಿಟ್ಟು ನನ್ನ ಖಾತೆಯನ್ನು ಅಳಿಸಬೇಡಿ, ಪಾಸ್‌ವರ್ಡ್ ಮಾತ್ರ ಬದಲಾಯಿಸಬೇಕು.'));
});

describe('Malayalam requests', () => {
  it.each([
    ['access', 'നിങ്ങളുടെ കൈവശമുള്ള എന്റെ വ്യക്തിഗത ഡാറ്റയുടെ ഒരു പകർപ്പ് എനിക്ക് അയച്ചുതരിക.'],
    ['rectification', 'എന്റെ അക്കൗണ്ടിലെ വിലാസം തെറ്റാണ്, ദയവായി തിരുത്തുക.'],
    ['erasure', 'ദയവായി എന്റെ അക്കൗണ്ട് ഡിലീറ്റ് ചെയ്യണം, എല്ലാ വിവരങ്ങളും മായ്ക്കുക.'],
    ['erasure', 'എന്റെ എല്ലാ വിവരങ്ങളും നിങ്ങളുടെ സിസ്റ്റത്തിൽ നിന്ന് നീക്കം ചെയ്യണം.'],
    ['restriction', 'പരാതി തീരുന്നതുവരെ എന്റെ ഡാറ്റയുടെ പ്രോസസ്സിംഗ് പരിമിതപ്പെടുത്തുക.'],
    ['objection', 'മാർക്കറ്റിംഗിനായി എന്റെ വിവരങ്ങൾ ഉപയോഗിക്കുന്നതിനെ ഞാൻ എതിർക്കുന്നു.'],
    ['objection', 'എനിക്ക് ഇനി പരസ്യ ഇമെയിലുകൾ അയയ്ക്കരുത്.'],
    ['access', 'ഡിജിറ്റൽ വ്യക്തിഗത ഡാറ്റ സംരക്ഷണ നിയമം, 2023 ലെ സെക്ഷൻ 11 പ്രകാരം എന്റെ വിവരങ്ങൾ അറിയാൻ ആഗ്രഹിക്കുന്നു.'],
    ['rectification', 'എന്റെ ഫോൺ നമ്പർ മാറി, ദയവായി നിങ്ങളുടെ രേഖകളിൽ അപ്ഡേറ്റ് ചെയ്യുക.'],
    ['objection', 'എനിക്ക് മാർക്കറ്റിംഗ് സന്ദേശങ്ങൾ വേണ്ട.'],
    ['objection', 'എന്റെ വിവരങ്ങൾ പരസ്യത്തിനായി ഉപയോഗിക്കരുത്.'],
    ['objection', 'എന്റെ ഡാറ്റ എഐ പരിശീലനത്തിന് ഉപയോഗിക്കരുത്.'],
    ['erasure', 'ഞാൻ ഇനി ഈ ആപ്പ് ഉപയോഗിക്കുന്നില്ല, എന്റെ അക്കൗണ്ട് ഒഴിവാക്കണം.'],
    ['portability', 'എന്റെ ഡാറ്റ മറ്റൊരു സേവനത്തിലേക്ക് കൈമാറാൻ ഒരു ഫയലായി നൽകുക.'],
    // Older keyboards write the final "ൻ" as "ന്" and a zero-width joiner.
    ['withdraw_consent', 'മാർക്കറ്റിംഗ് ഇമെയിലുകൾക്കായി നൽകിയ എന്റെ സമ്മതം ഞാൻ പിന\u0d4d\u200dവലിക്കുന്നു.'],
    ['opt_out_sale', 'എന്റെ വ്യക്തിഗത വിവരങ്ങൾ ആർക്കും വിൽക്കരുത്.'],
  ])('finds %s in "%s"', expectFound);

  it('states no request in a question about selling', () =>
    expect(classify('നിങ്ങൾ ഉപഭോക്താക്കളുടെ ഡാറ്റ വിൽക്കുന്നുണ്ടോ?').types).toEqual(['not_a_request']));
  it('does not read "don\'t delete my account" as erasure', () =>
    expectNoErasure('ദയവായി എന്റെ അക്കൗണ്ട് ഡിലീറ്റ് ചെയ്യരുത്, പാസ്‌വേഡ് മാത്രം മാറ്റണം.'));
});

describe('Gujarati requests', () => {
  it.each([
    ['access', 'કૃપા કરીને તમારી પાસે રહેલા મારા વ્યક્તિગત ડેટાની એક નકલ મોકલો.'],
    ['access', 'મારા વિશે તમે કઈ માહિતી રાખો છો તે જણાવો.'],
    ['access', 'DPDP અધિનિયમ 2023ની કલમ 11 હેઠળ મારી માહિતી જોઈએ છે.'],
    ['rectification', 'મારા ખાતામાં મારું સરનામું ખોટું છે, કૃપા કરીને સુધારો.'],
    ['erasure', 'કૃપા કરીને મારું એકાઉન્ટ કાયમ માટે ડિલીટ કરો અને મારી બધી માહિતી કાઢી નાખો.'],
    ['restriction', 'ફરિયાદનો ઉકેલ ન આવે ત્યાં સુધી મારા ડેટાની પ્રક્રિયા મર્યાદિત કરો.'],
    ['objection', 'માર્કેટિંગ માટે મારી માહિતીના ઉપયોગ સામે હું વાંધો ઉઠાવું છું.'],
    ['objection', 'મને હવે જાહેરાતો મોકલશો નહીં.'],
    ['erasure', 'DPDP અધિનિયમની કલમ 12 હેઠળ મારો તમામ વ્યક્તિગત ડેટા કાઢી નાખવા વિનંતી છે.'],
    ['rectification', 'મારો ફોન નંબર બદલાઈ ગયો છે, કૃપા કરીને તમારા રેકોર્ડમાં અપડેટ કરો.'],
    ['objection', 'મારા ડેટાનો ઉપયોગ જાહેરાત માટે ન કરો.'],
    ['objection', 'મારો ડેટા AI તાલીમ માટે વાપરશો નહીં.'],
    ['access', 'મારા એકાઉન્ટની બધી વિગતો મને મોકલો.'],
    ['portability', 'મારો ડેટા બીજી સેવામાં ટ્રાન્સફર કરવા માટે ફાઇલમાં આપો.'],
    ['withdraw_consent', 'માર્કેટિંગ ઇમેઇલ માટે આપેલી મારી સંમતિ હું પાછી ખેંચું છું.'],
    ['opt_out_sale', 'મારી વ્યક્તિગત માહિતી કોઈને વેચશો નહીં.'],
  ])('finds %s in "%s"', expectFound);

  it.each(['શું તમે ગ્રાહકોનો ડેટા વેચો છો?', 'મારા બિલમાં રકમ ખોટી છે.'])('states no request in "%s"', (body) =>
    expect(classify(body).types).toEqual(['not_a_request']),
  );
  it('does not read "don\'t delete my account" as erasure', () =>
    expectNoErasure('કૃપા કરીને મારું એકાઉન્ટ ડિલીટ ન કરો, ફક્ત પાસવર્ડ બદલવો છે.'));
});

describe('Punjabi (Gurmukhi) requests', () => {
  it.each([
    ['access', 'ਕਿਰਪਾ ਕਰਕੇ ਮੇਰੇ ਨਿੱਜੀ ਡਾਟੇ ਦੀ ਇੱਕ ਕਾਪੀ ਮੈਨੂੰ ਭੇਜੋ।'],
    ['access', 'ਤੁਹਾਡੇ ਕੋਲ ਮੇਰੇ ਬਾਰੇ ਕਿਹੜੀ ਜਾਣਕਾਰੀ ਹੈ, ਦੱਸੋ।'],
    ['rectification', 'ਮੇਰੇ ਖਾਤੇ ਵਿੱਚ ਮੇਰਾ ਪਤਾ ਗਲਤ ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਠੀਕ ਕਰੋ।'],
    ['erasure', 'ਕਿਰਪਾ ਕਰਕੇ ਮੇਰਾ ਖਾਤਾ ਡਿਲੀਟ ਕਰ ਦਿਓ ਅਤੇ ਸਾਰਾ ਡਾਟਾ ਮਿਟਾ ਦਿਓ।'],
    ['restriction', 'ਸ਼ਿਕਾਇਤ ਦੇ ਹੱਲ ਹੋਣ ਤੱਕ ਮੇਰੇ ਡਾਟੇ ਦੀ ਪ੍ਰੋਸੈਸਿੰਗ ਨੂੰ ਸੀਮਤ ਕਰੋ।'],
    ['objection', 'ਮੈਂ ਮਾਰਕੀਟਿੰਗ ਲਈ ਆਪਣੇ ਡਾਟੇ ਦੀ ਵਰਤੋਂ ਤੇ ਇਤਰਾਜ਼ ਕਰਦਾ ਹਾਂ।'],
    ['objection', 'ਮੈਨੂੰ ਹੋਰ ਇਸ਼ਤਿਹਾਰ ਨਾ ਭੇਜੋ।'],
    ['erasure', 'ਮੈਂ ਤੁਹਾਡੀ ਸੇਵਾ ਛੱਡ ਰਿਹਾ ਹਾਂ, ਮੇਰਾ ਸਾਰਾ ਡਾਟਾ ਆਪਣੇ ਸਿਸਟਮ ਤੋਂ ਹਟਾ ਦਿਓ।'],
    // Short Hindi mail is read by every basic list: a DPDP citation wholly in English counts in none of ours,
    // or s. 12's hint of erasure would add up once per Indian list.
    ['rectification', 'DPDP section 12 के तहत मेरा पता सुधारें।'],
    ['rectification', 'ਮੇਰਾ ਫ਼ੋਨ ਨੰਬਰ ਬਦਲ ਗਿਆ ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਰਿਕਾਰਡ ਵਿੱਚ ਅਪਡੇਟ ਕਰੋ।'],
    ['objection', 'ਮੇਰਾ ਡਾਟਾ ਮਾਰਕੀਟਿੰਗ ਲਈ ਨਾ ਵਰਤੋ।'],
    ['objection', 'ਮੇਰਾ ਡਾਟਾ AI ਸਿਖਲਾਈ ਲਈ ਨਾ ਵਰਤੋ।'],
    ['access', 'ਮੇਰਾ ਸਾਰਾ ਡਾਟਾ ਮੈਨੂੰ ਭੇਜ ਦਿਓ।'],
    ['objection', 'ਕਿਰਪਾ ਕਰਕੇ ਪ੍ਰਮੋਸ਼ਨ ਵਾਲੀਆਂ ਈਮੇਲਾਂ ਭੇਜਣਾ ਬੰਦ ਕਰੋ।'],
    ['portability', 'ਮੇਰਾ ਡਾਟਾ ਕਿਸੇ ਹੋਰ ਸੇਵਾ ਵਿੱਚ ਟ੍ਰਾਂਸਫਰ ਕਰਨ ਲਈ ਫਾਈਲ ਵਿੱਚ ਦਿਓ।'],
    ['withdraw_consent', 'ਮਾਰਕੀਟਿੰਗ ਈਮੇਲਾਂ ਲਈ ਦਿੱਤੀ ਆਪਣੀ ਸਹਿਮਤੀ ਮੈਂ ਵਾਪਸ ਲੈਂਦਾ ਹਾਂ।'],
    ['opt_out_sale', 'ਮੇਰੀ ਨਿੱਜੀ ਜਾਣਕਾਰੀ ਕਿਸੇ ਨੂੰ ਨਾ ਵੇਚੋ।'],
  ])('finds %s in "%s"', expectFound);

  it('states no request in a question about selling', () =>
    expect(classify('ਕੀ ਤੁਸੀਂ ਗਾਹਕਾਂ ਦਾ ਡਾਟਾ ਵੇਚਦੇ ਹੋ?').types).toEqual(['not_a_request']));
  it('does not read "don\'t delete my account" as erasure', () =>
    expectNoErasure('ਕਿਰਪਾ ਕਰਕੇ ਮੇਰਾ ਖਾਤਾ ਡਿਲੀਟ ਨਾ ਕਰੋ, ਸਿਰਫ਼ ਲੌਗਇਨ ਠੀਕ ਕਰੋ।'));
});

describe('Odia requests', () => {
  it.each([
    ['access', 'ଦୟାକରି ମୋ ବ୍ୟକ୍ତିଗତ ତଥ୍ୟର ଏକ କପି ମୋତେ ପଠାନ୍ତୁ।'],
    ['rectification', 'ମୋ ଆକାଉଣ୍ଟରେ ମୋ ଠିକଣା ଭୁଲ ଅଛି, ଦୟାକରି ସଂଶୋଧନ କରନ୍ତୁ।'],
    ['erasure', 'ଦୟାକରି ମୋ ଆକାଉଣ୍ଟ ଡିଲିଟ୍ କରନ୍ତୁ ଏବଂ ମୋର ସମସ୍ତ ତଥ୍ୟ ବିଲୋପ କରନ୍ତୁ।'],
    ['objection', 'ମୋତେ ଆଉ ବିଜ୍ଞାପନ ପଠାନ୍ତୁ ନାହିଁ।'],
    ['withdraw_consent', 'ମାର୍କେଟିଂ ଇମେଲ ପାଇଁ ଦେଇଥିବା ମୋର ସମ୍ମତି ମୁଁ ପ୍ରତ୍ୟାହାର କରୁଛି।'],
    ['opt_out_sale', 'ମୋ ବ୍ୟକ୍ତିଗତ ତଥ୍ୟ କାହାକୁ ବିକ୍ରି କରନ୍ତୁ ନାହିଁ।'],
  ])('finds %s in "%s"', expectFound);

  it('does not read "don\'t delete my account" as erasure', () =>
    expectNoErasure('ଦୟାକରି ମୋ ଆକାଉଣ୍ଟ ଡିଲିଟ୍ କରନ୍ତୁ ନାହିଁ।'));
});

describe('Indian-language ordinary mail and inflections that must not add a right', () => {
  it.each([
    'నా పాస్‌వర్డ్ మర్చిపోయాను, లాగిన్ ఎలా చేయాలి?',
    'ನನ್ನ ಆರ್ಡರ್ ಇನ್ನೂ ಬಂದಿಲ್ಲ, ದಯವಿಟ್ಟು ಪರಿಶೀಲಿಸಿ.',
    'મારો ઓર્ડર હજુ આવ્યો નથી, કૃપા કરીને તપાસો.',
  ])('states no request in "%s"', (body) => expect(classify(body).types).toEqual(['not_a_request']));

  it.each([
    // Kannada's progressive "-ತ್ತಿದ್ದ-" ("I am leaving") is not the verb "ತಿದ್ದು" (correct).
    ['erasure', 'ನಾನು ನಿಮ್ಮ ಸೇವೆಯನ್ನು ಬಿಡುತ್ತಿದ್ದೇನೆ, ನನ್ನ ಎಲ್ಲಾ ಡೇಟಾವನ್ನು ನಿಮ್ಮ ಸಿಸ್ಟಮ್‌ನಿಂದ ತೆಗೆದುಹಾಕಿ.'],
    // Punjabi "ਹਟਾ ਦਿਓ" (remove it) ends in "ਦਿਓ" (give), which is no ask for a copy.
    ['erasure', 'ਮੈਂ ਤੁਹਾਡੀ ਸੇਵਾ ਛੱਡ ਰਿਹਾ ਹਾਂ, ਮੇਰਾ ਸਾਰਾ ਡਾਟਾ ਆਪਣੇ ਸਿਸਟਮ ਤੋਂ ਹਟਾ ਦਿਓ।'],
    // Short Hindi mail is read by every basic list: a DPDP citation wholly in English counts in none of ours,
    // or s. 12's hint of erasure would add up once per Indian list.
    ['rectification', 'DPDP section 12 के तहत मेरा पता सुधारें।'],
  ])('finds exactly %s in "%s"', (right, body) => expect(classify(body).types).toEqual([right]));
});
