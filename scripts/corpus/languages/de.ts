// German (Germany): DSGVO citations, BfDI/LfD as authority.
import { type Pack } from '../types.js';
import { gdprArticles } from './gdpr.js';

export const de: Pack = {
  id: 'de',
  language: 'de',
  locale: 'de-DE',
  country: 'Germany',
  tz: '+0100',
  legacyCharset: 'iso-8859-1',
  names: [
    'Thomas Bergmann',
    'Julia Schäfer',
    'Matthias Köhler',
    'Anna Weiß',
    'Stefan Groß',
    'Lena Hoffmann',
    'Jörg Krüger',
    'Sabine Maier',
  ],
  law: 'Datenschutz-Grundverordnung (DSGVO)',
  authority: 'zuständigen Datenschutzaufsichtsbehörde',
  articles: gdprArticles(
    (n) => `Art. ${n} DSGVO`,
    'Art. 7 Abs. 3 DSGVO',
    '§ 1798.120 des California Consumer Privacy Act',
  ),
  style: {
    hi: 'Hallo,',
    dear: 'Sehr geehrte Damen und Herren,',
    thanks: 'Danke und viele Grüße',
    regards: 'Mit freundlichen Grüßen',
    mobile: 'Von meinem iPhone gesendet',
    context: 'ich nutze {product} seit {year}, überwiegend beruflich.',
    angry:
      'Ich schreibe Ihnen jetzt zum dritten Mal und habe bis heute keine Antwort bekommen. Das ist inakzeptabel.',
    complaint:
      'Sollte ich innerhalb eines Monats nichts von Ihnen hören, werde ich Beschwerde bei der {authority} einlegen.',
    agent:
      'ich vertrete {client}; eine unterschriebene Vollmacht liegt bei. Im Namen meines Mandanten übermittle ich folgendes Anliegen in seinen eigenen Worten:',
    parent:
      'ich schreibe für mein 14-jähriges Kind, das mit dieser Adresse ein Konto bei {product} angelegt hat. Es hat mich gebeten, Folgendes für es zu senden:',
    formalIntro: 'hiermit mache ich folgende Rechte nach der {law} geltend.',
    deadline:
      'Bitte antworten Sie innerhalb der gesetzlichen Frist von einem Monat (Art. 12 Abs. 3 DSGVO) und bestätigen Sie mir die Umsetzung schriftlich.',
    group:
      'Dieses Schreiben folgt der Vorlage der Verbraucherorganisation {group}; die Angaben darin sind meine eigenen.',
    reply: 'Ergänzend zu meiner vorigen Nachricht:',
    buriedBefore:
      'ich habe ein paar Punkte zu meinem Konto. Seit letzter Woche werde ich im Dashboard alle paar Minuten abgemeldet, und der Export-Button auf der Jobs-Seite reagiert in Firefox nicht. Cache habe ich schon geleert.\n\nAußerdem stimmt auf Rechnung {order} die Mehrwertsteuer nicht, könnte sich das die Buchhaltung ansehen?',
    buriedAfter:
      'Zurück zum Abmelde-Problem: Es hat nach dem Update am {date} angefangen, falls das Ihren Technikern hilft.',
    withdrawAny: 'Soweit eine Verarbeitung auf meiner Einwilligung beruht, widerrufe ich diese hiermit.',
    ack: 'Wir haben Ihre Datenschutzanfrage erhalten und unter {ref} erfasst. Wir antworten innerhalb der gesetzlichen Frist.',
    done: 'Ihre Anfrage {ref} ist erledigt: Ihr Konto und die damit verbundenen personenbezogenen Daten wurden gelöscht.',
    wrote: 'Am {date} schrieb {product} Datenschutz <{org}>:',
  },
  subjects: {
    access: 'Auskunftsersuchen nach Art. 15 DSGVO',
    rectification: 'Berichtigung meiner Daten',
    erasure: 'Löschung meines Kontos',
    restriction: 'Einschränkung der Verarbeitung',
    objection: 'Werbe-E-Mails',
    portability: 'Datenexport',
    withdraw_consent: 'Widerruf meiner Einwilligung',
    opt_out_sale: 'Kein Verkauf meiner Daten',
    generic: ['Mein Konto', 'Frage zu meinen Daten', 'Anfrage', 'Konto bei {product}'],
  },
  asks: {
    access: {
      a: 'Welche Daten haben Sie über mich gespeichert? Bitte schicken Sie mir eine Kopie.',
      b: 'Gemäß {art} verlange ich Auskunft darüber, ob Sie personenbezogene Daten über mich verarbeiten, und falls ja, eine Kopie dieser Daten sowie Angaben zu Zwecken, Empfängern, Speicherdauer und Herkunft.',
      c: 'Ich habe {product} vor zwei Jahren zuletzt benutzt und frage mich, was bei Ihnen noch über mich liegt. Können Sie mir zeigen, was alles mit {email} verknüpft ist?',
      d: 'Teilen Sie mir bitte mit, welche Arten von Informationen Sie über mich gesammelt haben, woher sie stammen, wofür Sie sie nutzen und an wen sie weitergegeben wurden.',
    },
    rectification: {
      a: 'Mein Nachname ist in meinem Konto und auf den Rechnungen als „{wrong}“ geschrieben. Richtig ist „{last}“. Bitte korrigieren Sie das.',
      b: 'Gemäß {art} verlange ich die Berichtigung unrichtiger Daten: Mein Nachname ist als „{wrong}“ gespeichert, korrekt lautet er „{last}“.',
      c: 'Ich bin umgezogen und habe eine neue E-Mail-Adresse. Bitte aktualisieren Sie meine Angaben, damit alles künftig an {newEmail} geht.',
      d: 'Mein Profil bei Ihnen ist veraltet und lückenhaft: Die Rechnungsadresse ist seit Jahren nicht mehr meine und mein vollständiger Name fehlt. Bitte bringen Sie es auf den aktuellen Stand.',
    },
    erasure: {
      a: 'Bitte löschen Sie mein Konto und alle personenbezogenen Daten, die Sie über mich gespeichert haben.',
      b: 'Gemäß {art} verlange ich die unverzügliche Löschung aller mich betreffenden personenbezogenen Daten, einschließlich meines Kontos und etwaiger Sicherungskopien, soweit keine gesetzliche Aufbewahrungspflicht besteht.',
      c: 'Ich bin mit {product} fertig. Schließen Sie bitte mein Konto und entfernen Sie alles, was Sie über mich haben, ich komme nicht zurück.',
      d: 'Mir wäre am liebsten, wenn bei Ihnen gar nichts mehr von mir übrig bleibt: kein Konto, keine alten Transkripte, keine Logs mit meinem Namen. Lassen Sie das bitte einfach alles verschwinden.',
    },
    restriction: {
      a: 'Bitte schränken Sie die Verarbeitung meiner Daten ein, solange Sie die strittigen Abbuchungen auf Rechnung {order} prüfen.',
      b: 'Gemäß {art} verlange ich die Einschränkung der Verarbeitung, da ich die Richtigkeit der meinem Konto zugeordneten Nutzungsdaten bestreite. Bitte speichern Sie die Daten bis zur Klärung nur.',
      c: 'Bitte nichts löschen, aber meine Daten auch für nichts verwenden, bis meine Beschwerde zu Rechnung {order} geklärt ist.',
      d: 'Ich befinde mich mit einem früheren Geschäftspartner in einem Rechtsstreit um das Konto. Bis zur Entscheidung sollen meine Daten genau so bleiben, wie sie sind: unverändert, ungenutzt und nicht gelöscht.',
    },
    objection: {
      a: 'Bitte schicken Sie mir keine Werbe-E-Mails mehr. Ich möchte nur noch Servicenachrichten bekommen.',
      b: 'Gemäß {art} widerspreche ich der Verarbeitung meiner personenbezogenen Daten zu Analyse- und Profilingzwecken, die Sie auf Ihr berechtigtes Interesse stützen.',
      c: 'Ich möchte nicht, dass meine Nutzungsdaten in Ihre Produktforschung oder Auswertungen einfließen. Bitte hören Sie damit auf.',
      d: 'Mein Konto bitte NICHT schließen. Ich will nur keine Newsletter und Werbung mehr, und bitte sagen Sie mir vorher Bescheid, falls der Widerspruch dazu führen würde, dass mein Konto gelöscht wird.',
    },
    portability: {
      a: 'Können Sie mir meine Daten als JSON oder CSV exportieren?',
      b: 'Gemäß {art} verlange ich die mich betreffenden Daten, die ich Ihnen bereitgestellt habe, in einem strukturierten, gängigen und maschinenlesbaren Format.',
      c: 'Ich wechsle zu einem anderen Tool und brauche alle Projekte, die Job-Historie und Einstellungen in einer Datei, die ich dort importieren kann. Ein ZIP mit CSV-Dateien wäre ideal.',
      d: 'Bitte übermitteln Sie meine Kontodaten direkt an {provider}, die diese Arbeit ab nächsten Monat übernehmen. Deren Onboarding-Team erwartet eine JSON-Datei.',
    },
    withdraw_consent: {
      a: 'Ich widerrufe meine Einwilligung in den Newsletter und in die Analyse-Cookies.',
      b: 'Hiermit widerrufe ich mit Wirkung für die Zukunft meine nach {art} erteilte Einwilligung in die Verarbeitung meiner Daten für Produktanalysen.',
      c: 'Bei der Anmeldung habe ich das Häkchen gesetzt, dass Sie meine hochgeladenen Inhalte zur Verbesserung Ihrer Modelle nutzen dürfen. Dieses Opt-in nehme ich zurück.',
      d: 'Sie haben meine Erlaubnis, meinen Namen und mein Foto in einer Kundenstory zu verwenden. Diese Erlaubnis ziehe ich zurück, bitte nehmen Sie beides herunter.',
    },
    opt_out_sale: {
      a: 'Bitte verkaufen Sie meine personenbezogenen Daten nicht und geben Sie sie nicht an Dritte weiter.',
      b: 'Nach {art} untersage ich Ihnen den Verkauf und die Weitergabe meiner personenbezogenen Daten, auch für kontextübergreifende verhaltensbasierte Werbung. Ich wohne in Kalifornien.',
      c: 'Bitte nehmen Sie mich von personalisierter Werbung und jeder Profilbildung für Werbezwecke aus.',
      d: 'Verkaufen Sie meine Daten? Falls ja, hören Sie damit auf. Meine Angaben und mein Surfverhalten sollen nicht an Werbenetzwerke oder Datenhändler gehen.',
    },
  },
  multi: {
    copyThenDelete:
      'Schicken Sie mir bitte zuerst eine Kopie aller Daten, die Sie über mich haben. Sobald ich sie habe, löschen Sie bitte mein Konto und alle meine Daten.',
    accessObject:
      'Ich verlange Auskunft über meine personenbezogenen Daten einschließlich der Verarbeitungszwecke und Empfänger. Zugleich widerspreche ich jeder Verarbeitung meiner Daten für Direktwerbung und Profiling.',
    deleteObject:
      'Bitte löschen Sie mein Konto und meine personenbezogenen Daten. Bis dahin widerspreche ich jeder Nutzung meiner Daten für Werbung.',
  },
  negatives: {
    billing: {
      subject: 'Doppelte Abbuchung {order}',
      body: 'Hallo,\n\nfür Rechnung {order} ({amount}) wurde zweimal abgebucht. Können Sie die doppelte Zahlung erstatten? Der Kontoauszug hängt an.\n\nDanke,\n{name}',
    },
    bug: {
      subject: 'Export bricht mit Fehler 500 ab',
      body: 'Hallo,\n\nseit heute Morgen bricht jeder Export nach etwa 30 Sekunden mit „500 Internal Server Error“ ab. Job-ID {order}. Gibt es eine Störung?\n\nGrüße\n{name}',
    },
    sales: {
      subject: 'DSGVO-Anfragen in Minuten statt Tagen',
      body: 'Hallo {product}-Team,\n\nunsere Plattform automatisiert Auskunftsersuchen, Löschanfragen und Einwilligungsnachweise komplett. Hätten Sie nächste Woche 15 Minuten für eine Demo?\n\nBeste Grüße\n{name}\nVertrieb',
    },
    vendor: {
      subject: 'Sicherheitsfragebogen Lieferantenfreigabe',
      body: 'Sehr geehrte Damen und Herren,\n\nim Rahmen der Lieferantenfreigabe bitten wir Sie, den beigefügten Sicherheitsfragebogen (Verschlüsselung, Zugriffskontrolle, Incident Response, Penetrationstests) bis Monatsende auszufüllen.\n\nMit freundlichen Grüßen\n{name}\nEinkauf',
    },
    dpa: {
      subject: 'AVV und Liste der Unterauftragsverarbeiter',
      body: 'Guten Tag,\n\nunsere Rechtsabteilung benötigt Ihren Auftragsverarbeitungsvertrag und die aktuelle Liste der Unterauftragsverarbeiter mit Serverstandorten. Informieren Sie Kunden vorab über neue Unterauftragsverarbeiter?\n\nDanke\n{name}\nSyndikusrechtsanwältin',
    },
    phishing: {
      subject: 'Dringend: Bestätigen Sie Ihre Einwilligung',
      body: 'Sehr geehrter Nutzer,\n\naufgrund neuer Datenschutzvorschriften wird Ihr Postfach gesperrt, wenn Sie Ihre Einwilligungseinstellungen nicht binnen 24 Stunden bestätigen. Um der Sperrung zu widersprechen, melden Sie sich hier an: http://secure-verify.example.net/einwilligung\n\nIhr Sicherheitsteam',
    },
    policy_question: {
      subject: 'Aufbewahrung von Logs',
      body: 'Hallo,\n\nkurze Frage, bevor wir {product} im Team einführen: Wie lange speichern Sie Request-Logs, und sind darin IP-Adressen enthalten?\n\nDanke\n{name}',
    },
    sale_question: {
      subject: 'Verkaufen Sie Kundendaten?',
      body: 'Guten Tag,\n\nich vergleiche gerade Tools für einen Kunden. Verkauft {product} Kundendaten oder gibt sie an Werbepartner weiter? In der Datenschutzerklärung habe ich dazu nichts gefunden.\n\nGrüße\n{name}',
    },
    howto_delete_file: {
      subject: 'Alten Job entfernen',
      body: 'Hi, wie lösche ich einen einzelnen fehlgeschlagenen Job aus der Liste? Das Konto will ich behalten, es stört nur die Übersicht.\n\n{name}',
    },
    out_of_office: {
      subject: 'Abwesenheitsnotiz: {product}',
      body: 'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {date} nicht im Büro und lese keine E-Mails. In dringenden Fällen wenden Sie sich bitte an sekretariat@example.com.\n\n{name}',
    },
    newsletter: {
      subject: 'CloudNimbus Monatsrückblick: neue Regionen und günstigerer Traffic',
      body: 'CloudNimbus Monatsrückblick\n\nZwei neue Speicherregionen sind verfügbar, und die Preise für ausgehenden Traffic sinken ab nächsten Monat.\n\nSie erhalten diese E-Mail, weil diese Adresse bei einem CloudNimbus-Konto hinterlegt ist. Abmelden oder Einstellungen verwalten: https://news.example.com/u/{order}',
    },
    thanks: {
      subject: 'AW: [{ref}] Ihre Anfrage ist erledigt',
      body: 'Vielen Dank für die schnelle Erledigung. Das Ticket kann geschlossen werden.\n\n{first}',
    },
  },
  weight: 4,
};
