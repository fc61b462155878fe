package fr.pilotis;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PilotisApplication {

    public static void main(String[] args) {
        SpringApplication.run(PilotisApplication.class, args);
    }
}
