// French (France): RGPD citations, CNIL as authority.
import { type Pack } from '../types.js';
import { gdprArticles } from './gdpr.js';

export const fr: Pack = {
  id: 'fr',
  language: 'fr',
  locale: 'fr-FR',
  country: 'France',
  tz: '+0100',
  legacyCharset: 'iso-8859-15',
  names: [
    'Camille Lefèvre',
    'Julien Moreau',
    'Sophie Girard',
    'Nicolas Fournier',
    'Élodie Rousseau',
    'Mathieu Lambert',
    'Claire Dubois',
    'Antoine Mercier',
  ],
  law: 'règlement général sur la protection des données (RGPD)',
  authority: 'CNIL',
  articles: gdprArticles(
    (n) => `l'article ${n} du RGPD`,
    "l'article 7, paragraphe 3, du RGPD",
    "l'article 1798.120 du California Consumer Privacy Act",
  ),
  style: {
    hi: 'Bonjour,',
    dear: 'Madame, Monsieur,',
    thanks: 'Merci d’avance,',
    regards: 'Veuillez agréer, Madame, Monsieur, mes salutations distinguées.',
    mobile: 'Envoyé de mon iPhone',
    context: 'Je suis client de {product} depuis {year}, surtout pour mon travail.',
    angry:
      'C’est la troisième fois que je vous écris et je n’ai toujours aucune réponse. C’est inadmissible.',
    complaint: 'Sans réponse de votre part sous un mois, je saisirai la {authority}.',
    agent:
      'Je représente {client}, dont vous trouverez le mandat signé en pièce jointe. Au nom de mon client, je vous transmets sa demande dans ses propres termes :',
    parent:
      'Je vous écris pour mon enfant de 14 ans, qui a ouvert un compte {product} avec cette adresse. Il m’a demandé de vous transmettre ceci :',
    formalIntro: 'Par la présente, j’exerce les droits que me confère le {law}.',
    deadline:
      'Je vous remercie de me répondre dans le délai d’un mois prévu à l’article 12 du RGPD et de me confirmer par écrit les mesures prises.',
    group:
      'Ce courrier reprend le modèle de l’association de consommateurs {group} ; les informations qu’il contient sont les miennes.',
    reply: 'Pour compléter mon message précédent :',
    buriedBefore:
      'J’ai plusieurs points concernant mon compte. Depuis la semaine dernière, le tableau de bord me déconnecte toutes les deux minutes et le bouton d’export de la page des tâches ne fait rien sous Firefox. J’ai déjà vidé le cache.\n\nPar ailleurs, la TVA de la facture {order} est fausse, le service facturation pourrait-il vérifier ?',
    buriedAfter:
      'Pour revenir aux déconnexions : cela a commencé après la mise à jour du {date}, si cela peut aider vos équipes techniques.',
    withdrawAny: 'Dans la mesure où un traitement repose sur mon consentement, je retire ce consentement.',
    ack: 'Nous avons bien reçu votre demande relative à vos données, enregistrée sous la référence {ref}. Nous vous répondrons dans le délai légal.',
    done: 'Votre demande {ref} est traitée : votre compte et les données personnelles qui y sont liées ont été supprimés.',
    wrote: 'Le {date}, {product} Confidentialité <{org}> a écrit :',
  },
  subjects: {
    access: 'Demande de droit d’accès',
    rectification: 'Correction de mes informations',
    erasure: 'Suppression de mon compte',
    restriction: 'Limitation du traitement',
    objection: 'E-mails publicitaires',
    portability: 'Export de mes données',
    withdraw_consent: 'Retrait de mon consentement',
    opt_out_sale: 'Pas de vente de mes données',
    generic: ['Mon compte', 'Question sur mes données', 'Demande', 'Compte {product}'],
  },
  asks: {
    access: {
      a: 'Quelles données personnelles détenez-vous sur moi ? Merci de m’en envoyer une copie.',
      b: 'En application de {art}, je vous demande de me confirmer si vous traitez des données me concernant et, le cas échéant, de m’en communiquer une copie, ainsi que les finalités, les destinataires, la durée de conservation et l’origine des données.',
      c: 'Je n’utilise plus {product} depuis deux ans et je me demande ce que vous gardez encore sur moi. Pouvez-vous me montrer tout ce qui est rattaché à {email} ?',
      d: 'Merci de m’indiquer quels types d’informations vous avez recueillis à mon sujet, d’où elles proviennent, à quoi elles vous servent et à qui elles ont été transmises.',
    },
    rectification: {
      a: 'Mon nom de famille est écrit « {wrong} » sur mon compte et mes factures. Il s’écrit « {last} ». Merci de le corriger.',
      b: 'Conformément à {art}, je vous demande de rectifier une donnée inexacte : mon nom est enregistré sous la forme « {wrong} » alors qu’il s’écrit « {last} ».',
      c: 'J’ai déménagé et changé d’adresse e-mail. Merci de mettre à jour mon dossier pour que tout arrive désormais à {newEmail}.',
      d: 'Le profil que vous avez sur moi est périmé et incomplet : l’adresse de facturation n’est plus la mienne depuis des années et mon nom complet manque. Merci de le remettre à jour.',
    },
    erasure: {
      a: 'Merci de supprimer mon compte et toutes les données personnelles que vous détenez sur moi.',
      b: 'En vertu de {art}, je demande l’effacement de l’ensemble des données me concernant, y compris mon compte et les sauvegardes, hors obligations légales de conservation.',
      c: 'J’en ai fini avec {product}. Fermez mon compte et effacez tout ce que vous avez sur moi, je ne reviendrai pas.',
      d: 'Je préférerais qu’il ne reste absolument rien de moi chez vous : ni compte, ni anciennes transcriptions, ni journaux à mon nom. Faites simplement tout disparaître.',
    },
    restriction: {
      a: 'Merci de limiter le traitement de mes données pendant que vous examinez les prélèvements contestés de la facture {order}.',
      b: 'Sur le fondement de {art}, je demande la limitation du traitement, car je conteste l’exactitude des données d’utilisation rattachées à mon compte. Merci de vous limiter à leur conservation jusqu’à clarification.',
      c: 'Ne supprimez rien, mais n’utilisez pas non plus mes données tant que ma réclamation sur la facture {order} n’est pas réglée.',
      d: 'Je suis en litige avec un ancien associé au sujet de ce compte. Jusqu’à la décision, gardez mes données telles quelles : intactes, inutilisées et non supprimées.',
    },
    objection: {
      a: 'Merci de ne plus m’envoyer d’e-mails publicitaires. Je veux uniquement les messages de service.',
      b: 'Sur le fondement de {art}, je m’oppose au traitement de mes données à des fins d’analyse et de profilage fondé sur votre intérêt légitime.',
      c: 'Je ne veux pas que mes données d’utilisation servent à vos études produit ou à vos statistiques. Merci d’arrêter.',
      d: 'Ne fermez SURTOUT PAS mon compte. Je veux seulement ne plus recevoir de newsletters ni de promotions, et prévenez-moi à l’avance si cette opposition devait entraîner la suppression de mon compte.',
    },
    portability: {
      a: 'Pouvez-vous m’envoyer un export de mes données en JSON ou CSV ?',
      b: 'En application de {art}, je demande à recevoir les données que je vous ai fournies dans un format structuré, couramment utilisé et lisible par machine.',
      c: 'Je passe à un autre outil et j’ai besoin de tous mes projets, de l’historique des tâches et de mes réglages dans un fichier que je peux y importer. Un zip de CSV serait idéal.',
      d: 'Merci de transmettre directement les données de mon compte à {provider}, qui reprend ce travail le mois prochain. Leur équipe attend un fichier JSON.',
    },
    withdraw_consent: {
      a: 'Je retire mon consentement à la newsletter et aux cookies de mesure d’audience.',
      b: 'Je retire, pour l’avenir, le consentement donné au titre de {art} au traitement de mes données pour l’analyse produit.',
      c: 'À l’inscription, j’ai coché la case vous autorisant à utiliser mes contenus pour améliorer vos modèles. Je reviens sur cette autorisation.',
      d: 'Vous avez mon accord pour utiliser mon nom et ma photo dans un témoignage client. Je le reprends : merci de les retirer.',
    },
    opt_out_sale: {
      a: 'Ne vendez pas et ne partagez pas mes informations personnelles.',
      b: 'En vertu de {art}, je vous demande de ne pas vendre ni partager mes informations personnelles, y compris pour la publicité comportementale. Je réside en Californie.',
      c: 'Merci de m’exclure de la publicité ciblée et de tout profilage publicitaire.',
      d: 'Vendez-vous mes données ? Si c’est le cas, arrêtez. Je ne veux pas que mes informations ou ma navigation soient transmises à des annonceurs ou à des courtiers en données.',
    },
  },
  multi: {
    copyThenDelete:
      'Envoyez-moi d’abord une copie de toutes les données que vous détenez sur moi. Une fois reçue, supprimez mon compte et toutes mes données.',
    accessObject:
      'Je demande l’accès à mes données personnelles, y compris les finalités et les destinataires. Je m’oppose en outre à tout traitement de mes données à des fins de prospection et de profilage.',
    deleteObject:
      'Merci d’effacer mon compte et mes données personnelles. D’ici là, je m’oppose à toute utilisation de mes données à des fins publicitaires.',
  },
  negatives: {
    billing: {
      subject: 'Double prélèvement {order}',
      body: 'Bonjour,\n\nJ’ai été prélevé deux fois pour la facture {order} ({amount}). Pouvez-vous rembourser le doublon ? Le relevé est en pièce jointe.\n\nMerci,\n{name}',
    },
    bug: {
      subject: 'L’export échoue avec une erreur 500',
      body: 'Bonjour,\n\nDepuis ce matin, chaque export échoue après 30 secondes avec « 500 Internal Server Error ». Tâche {order}. Y a-t-il un incident ?\n\nCordialement,\n{name}',
    },
    sales: {
      subject: 'Traitez vos demandes RGPD en quelques minutes',
      body: 'Bonjour l’équipe {product},\n\nNotre plateforme automatise les demandes d’accès, les demandes de suppression et la gestion du consentement. Auriez-vous 15 minutes la semaine prochaine pour une démo ?\n\nBien à vous,\n{name}\nResponsable commercial',
    },
    vendor: {
      subject: 'Questionnaire de sécurité fournisseur',
      body: 'Madame, Monsieur,\n\nDans le cadre du référencement fournisseur, merci de compléter le questionnaire de sécurité joint (chiffrement, contrôle d’accès, gestion des incidents, tests d’intrusion) avant la fin du mois.\n\nCordialement,\n{name}\nAchats',
    },
    dpa: {
      subject: 'Accord de sous-traitance et liste des sous-traitants',
      body: 'Bonjour,\n\nNotre service juridique a besoin de votre accord de sous-traitance (DPA) et de la liste à jour de vos sous-traitants ultérieurs avec leurs lieux d’hébergement. Prévenez-vous vos clients avant d’en ajouter un ?\n\nMerci,\n{name}\nJuriste',
    },
    phishing: {
      subject: 'Urgent : confirmez votre consentement',
      body: 'Cher utilisateur,\n\nEn raison des nouvelles règles de confidentialité, votre messagerie sera suspendue si vous ne confirmez pas vos paramètres de consentement sous 24 heures. Pour vous opposer à la suspension, connectez-vous ici : http://secure-verify.example.net/consentement\n\nService sécurité',
    },
    policy_question: {
      subject: 'Conservation des journaux',
      body: 'Bonjour,\n\nPetite question avant de déployer {product} dans l’équipe : combien de temps conservez-vous les journaux de requêtes, et contiennent-ils des adresses IP ?\n\nMerci,\n{name}',
    },
    sale_question: {
      subject: 'Vendez-vous des données ?',
      body: 'Bonjour,\n\nJe compare des outils pour un client. {product} vend-il ou partage-t-il des données clients avec des annonceurs ? Je n’ai rien trouvé dans la politique de confidentialité.\n\nCordialement,\n{name}',
    },
    howto_delete_file: {
      subject: 'Supprimer une ancienne tâche',
      body: 'Bonjour, comment supprimer une seule tâche échouée de ma liste ? Je garde mon compte, c’est juste pour y voir plus clair.\n\n{name}',
    },
    out_of_office: {
      subject: 'Réponse automatique : {product}',
      body: 'Merci pour votre message. Je suis absent(e) jusqu’au {date} inclus et ne consulte pas mes e-mails. En cas d’urgence, contactez accueil@example.com.\n\n{name}',
    },
    newsletter: {
      subject: 'Les nouveautés CloudNimbus du mois',
      body: 'Les nouveautés CloudNimbus\n\nDeux nouvelles régions de stockage sont disponibles et le prix du trafic sortant baisse dès le mois prochain.\n\nVous recevez cet e-mail car cette adresse est enregistrée sur un compte CloudNimbus. Se désabonner ou gérer vos préférences : https://news.example.com/u/{order}',
    },
    thanks: {
      subject: 'RE: [{ref}] Votre demande a été traitée',
      body: 'Merci d’avoir réglé cela si vite. Vous pouvez clore le dossier.\n\n{first}',
    },
  },
  weight: 4,
};
